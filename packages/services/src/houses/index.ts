export { listHouses, type ListHousesInput } from './list-houses.ts';
export { getHouse } from './get-house.ts';
export { houseConsumption } from './house-consumption.ts';
export {
  getHouseAccess, shortCredential, HOUSE_ACCESS_DEFAULT_DAYS, HOUSE_ACCESS_MAX_DAYS,
  type HouseAccessInput, type HouseAccessView, type RecentAccess, type CredentialView,
} from './get-house-access.ts';
