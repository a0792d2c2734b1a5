package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * Everything the platform guards, in one list. Each permission names the operation an external system
 * must hold to be granted it, or none when no system may ever have it. Who gets which is AccessPolicy's
 * decision alone.
 */
public enum Permission {
    /** Read the working-day calendar and compute deadlines. */
    READ_CALENDAR(Operation.CALENDAR_READ),
    /** Add or correct a year's holiday arrangement (national data, so city level only). */
    MANAGE_CALENDAR(null),
    /** See a department's business records (duties, and later applications, pushes, cases). */
    VIEW_RECORDS(null),
    /** Act on a department's business records. */
    ACT_ON_RECORDS(null),
    /** Manage units, departments, people and system accounts of a unit. */
    MANAGE_ORGANISATION(null),
    /** Check the audit chain and read any record's audit history. */
    VERIFY_AUDIT(null),
    /** See the liaison officers of every department (Art 16). */
    VIEW_LIAISON_ROSTER(null),
    /** Read a unit's item list, its versions and their differences (Art 7). */
    READ_CATALOGUE(Operation.CATALOGUE_READ),
    /** Draft, evaluate, approve and file a unit's item list: its business-environment bureau alone (Art 7). */
    MANAGE_ITEM_LIST(Operation.CATALOGUE_WRITE),
    /** Give a department's opinion on a draft of its unit's item list (Art 7). */
    SUBMIT_LIST_OPINION(Operation.CATALOGUE_WRITE),
    /** Establish an item's implementation list and propose changes to it: the unit's approval bureau (Art 8). */
    MANAGE_IMPLEMENTATION_LIST(Operation.CATALOGUE_WRITE),
    /** Consent to or refuse a key-element change: the item's competent department (Art 8 ¶2). */
    DECIDE_ON_CHANGE(Operation.CATALOGUE_WRITE),
    /** Notify law changes and solicit opinions on draft rules: a competent department, for itself (Art 8 ¶3–4). */
    SEND_CATALOGUE_NOTICE(Operation.CATALOGUE_WRITE),
    /** See the catalogue notices one's own department sent or received. */
    READ_NOTICES(Operation.CATALOGUE_WRITE),
    /** Choose which implementation-list elements are key (Art 8 ¶2): the city's business-environment bureau. */
    CONFIGURE_KEY_ELEMENTS(null),
    /** Submit an application or a finished result to an approval bureau: its clerks, or its registered system. */
    SUBMIT_APPLICATION(Operation.LICENSING_SUBMIT),
    /** Take an application through intake, review and decision, and issue the licence: the approval bureau's clerks. */
    HANDLE_APPLICATION(null),
    /** Read applications and the licence register: a unit's departments and oversight; systems in the units they serve. */
    READ_LICENSING(Operation.LICENSING_READ),
    /**
     * See a person's full ID number and phone on an application or a licence: the department that handles the
     * application or supervises the licence, its people or its system; everyone else sees them masked (PIPL).
     */
    READ_PERSONAL_DATA(Operation.LICENSING_READ),
    /** Push an approval result to the competent department: the approval bureau that issued it (Art 17). */
    PUSH_RESULT(null),
    /**
     * Read, sign for or send back what was handed to one's department — results, penalty decisions, licence actions:
     * its people or its system (Art 17, 19).
     */
    RECEIVE_HANDOVERS(Operation.EXCHANGE),
    /**
     * Record a penalty decision that touches a licence and hand it to the approval bureau: a competent department or
     * the enforcement bureau, for itself, through its people or its system (Art 19).
     */
    RECORD_PENALTY(Operation.PENALTY_REPORT),
    /**
     * Change, suspend, withdraw, revoke or cancel a licence, or decline a penalty's request to: the approval bureau
     * that issued it, through its people or its licensing system (Art 19; Licensing Law Art 8, 49, 69, 70).
     */
    ACT_ON_LICENCE(Operation.LICENSING_SUBMIT),
    /**
     * Send a case transfer with its evidence, decide on one received, close the case filed on it, read and list them
     * and download their evidence: the departments that supervise or decide on licences, for themselves, through their
     * people or their system (Art 20). Oversight reads them with VIEW_RECORDS.
     */
    TRANSFER_CASES(Operation.CASE_TRANSFER),
    /**
     * Keep and read the supervision files of the licences one's department supervises — start supervision, and later
     * inspections and their findings: a competent department or the enforcement bureau, for itself, through its people
     * or its system (Art 6, 17, 18). Oversight reads them with VIEW_RECORDS.
     */
    SUPERVISE(Operation.SUPERVISION),
    /**
     * Enter a complaint or report from the public, for whichever department handles it: any department's people (a
     * visit, a letter, a call), or a hotline system registered for it (Art 18). The handling department answers it
     * with SUPERVISE.
     */
    LODGE_COMPLAINTS(Operation.COMPLAINT_INTAKE),
    /** Reply to such a notice: the department it was sent to. */
    REPLY_TO_NOTICE(Operation.CATALOGUE_WRITE);

    private final Operation systemOperation;

    Permission(Operation systemOperation) {
        this.systemOperation = systemOperation;
    }

    /** The operation a system account needs for this permission; null if systems never get it. */
    public Operation systemOperation() {
        return systemOperation;
    }
}
