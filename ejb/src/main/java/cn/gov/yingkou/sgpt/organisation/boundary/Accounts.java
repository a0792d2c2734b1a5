package cn.gov.yingkou.sgpt.organisation.boundary;

import jakarta.persistence.EntityManager;

import cn.gov.yingkou.sgpt.organisation.entity.Account;

/** Account lookups and the username rule shared by the people and the system administration. */
final class Accounts {

    private Accounts() {
    }

    static Account require(EntityManager em, String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有账号 " + username + " / No account " + username));
    }

    /** A free username of 3 to 64 lower-case letters, digits, dots, hyphens and underscores. */
    static String checkUsername(EntityManager em, String username) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new IllegalArgumentException("用户名须为3至64位小写字母、数字、点、连字符或下划线 / A username is 3 to 64 "
                    + "lower-case letters, digits, dots, hyphens or underscores");
        }
        if (!em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new IllegalArgumentException("用户名 " + name + " 已被使用 / The username " + name + " is taken");
        }
        return name;
    }
}
