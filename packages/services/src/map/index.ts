export { mapAreas, mapDwellings, type MapAreaInput, type DwellingInput } from './map-areas.ts';
export { buildAreas, BUFFER_METRES, type HousePoint } from './features.ts';
