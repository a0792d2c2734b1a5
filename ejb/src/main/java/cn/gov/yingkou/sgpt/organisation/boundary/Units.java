package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.entity.AdministrativeUnit;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/** Units by their codes, for the contexts that keep only a unit's key. */
@Stateless
public class Units {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    /** A unit as lists and pickers show it. */
    public record UnitRef(String code, String nameZh, String nameEn) {
    }

    /** The units taking part (switched-off zones are left out), city first. */
    public java.util.List<UnitRef> active() {
        return em.createNamedQuery("AdministrativeUnit.all", AdministrativeUnit.class).getResultStream()
                .filter(AdministrativeUnit::active).map(u -> new UnitRef(u.code(), u.nameZh(), u.nameEn())).toList();
    }

    public long require(String code) {
        return find(code, LockModeType.NONE).id();
    }

    /**
     * The unit's key, with the unit row locked to the end of the transaction: for steps that must not run
     * twice at once within one unit (starting a new version of its item list, say).
     */
    public long lock(String code) {
        return find(code, LockModeType.PESSIMISTIC_WRITE).id();
    }

    public String codeOf(long id) {
        return em.find(AdministrativeUnit.class, id).code();
    }

    private AdministrativeUnit find(String code, LockModeType lock) {
        var query = em.createNamedQuery("AdministrativeUnit.findByCode", AdministrativeUnit.class).setParameter("code", code);
        Optional<AdministrativeUnit> unit = lock == LockModeType.NONE ? ReferenceLookups.first(query)
                : query.setLockMode(lock).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
        return unit.orElseThrow(() -> new RecordNotFound("没有编码为 " + code + " 的单位 / No unit with code " + code));
    }
}
