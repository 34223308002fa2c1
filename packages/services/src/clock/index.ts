export { createDemoClock, type DemoClock, type DemoClockOptions } from './demo-clock.ts';
export { getClock, setDemoToday, notDemoMode, MAX_DEMO_OFFSET_DAYS, type ClockView } from './clock-service.ts';
