package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.entity.Account;

/** Looks accounts up for the people and systems that are logged in. */
@Stateless
public class AccountDirectory {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    public Optional<AccountView> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(AccountView::of);
    }
}
