package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * What an external system may be allowed to call (Art 14: the registry of connected systems says what each
 * may do). Later contexts add their operations here as their interfaces are published.
 */
public enum Operation {
    /** Read the working-day calendar and compute statutory deadlines. */
    CALENDAR_READ,
    /** Read the item lists, implementation lists and push lists (Art 7–8). */
    CATALOGUE_READ,
    /** Act on the catalogue for the system's own department, as its people may in the portal (Art 7–8). */
    CATALOGUE_WRITE,
    /** Submit applications and finished results to the approval bureau the system belongs to (Art 13, 15). */
    LICENSING_SUBMIT,
    /** Read applications' status and the licence register. */
    LICENSING_READ,
    /** Pull what was handed to the system's department, sign for it or send it back (Art 17, 19). */
    EXCHANGE,
    /** Report the department's penalty decisions that touch licences to the approval bureau (Art 19). */
    PENALTY_REPORT,
    /** Send the department's case transfers with their evidence, decide on those it receives, close its cases (Art 20). */
    CASE_TRANSFER,
    /** Read and keep the department's supervision records of the licences it supervises (Art 18). */
    SUPERVISION,
    /** Pass complaints and reports from the public on to the departments that handle them (a 12345 hotline, Art 18). */
    COMPLAINT_INTAKE
}
