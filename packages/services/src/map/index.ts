export { mapAreas, mapDwellings, mapStreets, type MapAreaInput, type DwellingInput } from './map-areas.ts';
export { buildAreas, BUFFER_METRES, type HousePoint } from './features.ts';
export { streetLines, streetOf, type StreetLine } from './streets.ts';
