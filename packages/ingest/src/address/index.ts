export { buildAddressIndex, matchAddress, type AddressHouse, type AddressIndex, type AddressMatch } from './match.ts';
export { normaliseAddress, parseAddress, type ParsedAddress } from './normalize.ts';
