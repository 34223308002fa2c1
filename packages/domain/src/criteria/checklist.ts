// The on-site inspection checklist (群租房屋检查表, attachment 5 of the 双清
// plan). `null` means "not checked": a checklist with unanswered questions can
// still prove a group rental (one violation is enough) but never clear one.

/** Spaces that must never be let for living (criterion 3). */
export interface NonLivingSpacesLet {
  readonly kitchen: boolean | null;   // 厨房
  readonly bathroom: boolean | null;  // 卫生间
  readonly balcony: boolean | null;   // 阳台
  readonly storage: boolean | null;   // 贮藏室、地下室
}

/** One let room, when the inspector itemises rooms. */
export interface RoomAnswer {
  /** How staff name it on site, e.g. `主卧`, `北间`. */
  readonly label: string;
  readonly occupants: number;
  /** Measured floor area of the room; null when not measured. */
  readonly areaM2: number | null;
  /** All occupants of this room are legal dependants of one another (法定赡养、抚养、扶养). */
  readonly legalDependants: boolean;
}

export interface ChecklistAnswers {
  /** 单位宿舍 set up in the compound (criterion 1). */
  readonly dormitory: boolean | null;
  /** An original-design room partitioned (隔断) and let (criterion 2). */
  readonly partitioned: boolean | null;
  /** Let by the bed (按床位出租) (criterion 2). */
  readonly letByBed: boolean | null;
  /** Criterion 3. */
  readonly nonLivingSpacesLet: NonLivingSpacesLet;
  /** Rooms of the original design usable as bedrooms (室); 0 = studio. */
  readonly originalRooms: number | null;
  /** People found living in the dwelling. */
  readonly occupants: number | null;
  /**
   * All occupants who share a room are legal dependants of one another, i.e.
   * one family (法定赡养、抚养、扶养关系). Only exempts the 2-per-room rule.
   */
  readonly legalDependants: boolean | null;
  /** Measured living area (居住面积) of the let rooms, m²; null when only the building area is known. */
  readonly livingAreaM2: number | null;
  /** Building area (建筑面积) from the housing registry, used to estimate living area. */
  readonly buildingAreaM2: number | null;
  /** Optional per-room detail; when given it decides criteria 4 and 5 room by room. */
  readonly rooms?: readonly RoomAnswer[];
}

/** A checklist with every question unanswered: the starting point of the form. */
export function emptyChecklist(): ChecklistAnswers {
  return {
    dormitory: null,
    partitioned: null,
    letByBed: null,
    nonLivingSpacesLet: { kitchen: null, bathroom: null, balcony: null, storage: null },
    originalRooms: null,
    occupants: null,
    legalDependants: null,
    livingAreaM2: null,
    buildingAreaM2: null,
  };
}
