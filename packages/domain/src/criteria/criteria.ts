// The five official criteria of a group rental (群租认定标准): Shanghai's 2014
// implementing opinions, kept by the 2023 《上海市住房租赁条例》. A dwelling is a
// group rental when ANY one of them holds (docs/domain.md).

export const GROUP_RENTAL_CRITERIA = [
  'dormitory',
  'partition_or_bed',
  'non_living_space',
  'living_area',
  'room_occupancy',
] as const;
export type GroupRentalCriterion = (typeof GROUP_RENTAL_CRITERIA)[number];

export const CRITERION_LABELS: Record<GroupRentalCriterion, string> = {
  dormitory: '在住宅小区内设置单位宿舍',
  partition_or_bed: '改变原始设计分隔（隔断）出租或按床位出租',
  non_living_space: '厨房、卫生间、阳台、贮藏室或地下空间出租供人居住',
  living_area: '出租房间人均居住面积低于 5 平方米',
  room_occupancy: '每个出租房间居住超过 2 人（法定赡养、抚养、扶养关系除外）',
};

/** Minimum living area per person in a let room, m². */
export const MIN_LIVING_AREA_PER_PERSON_M2 = 5;
/** Maximum occupants of one original-design room, unless legal dependants. */
export const MAX_OCCUPANTS_PER_ROOM = 2;

/**
 * Letting 10+ rooms, or housing 15+ people, in one place brings the extra
 * duties of large-scale letting (registration, filing with the police).
 */
export const SCALE_LETTING_MIN_ROOMS = 10;
export const SCALE_LETTING_MIN_OCCUPANTS = 15;
