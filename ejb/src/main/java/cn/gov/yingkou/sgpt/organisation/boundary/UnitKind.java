package cn.gov.yingkou.sgpt.organisation.boundary;

/** Levels a unit can be at (Art 2): the city itself, a county-level unit, or a zone that may opt in. */
public enum UnitKind {
    CITY, COUNTY, FREE_TRADE_ZONE, DEVELOPMENT_ZONE
}
