export { listHouses, type ListHousesInput } from './list-houses.ts';
export { getHouse } from './get-house.ts';
