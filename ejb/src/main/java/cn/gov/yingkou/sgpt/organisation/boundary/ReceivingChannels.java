package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.control.CredentialVault;
import cn.gov.yingkou.sgpt.organisation.control.Secrets;
import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.organisation.entity.ReceivingChannel;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/**
 * How each competent department receives approval results: administrators of its unit set it; the exchange
 * context reads it when it pushes and when it delivers. A department nobody configured uses the platform inbox.
 */
@Stateless
public class ReceivingChannels {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @EJB
    AuditTrail audit;

    /** What an administrator sees of a department's channel (never the secret). */
    public ReceivingChannelView view(Caller caller, String departmentCode) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        return ReceivingChannelView.of(department.code(), stored(department.id()));
    }

    /**
     * Sets the channel. A blank secret keeps the stored one; a new one must meet the shared-secret rule. Only
     * competent departments receive results.
     */
    public ReceivingChannelView configure(Caller caller, String departmentCode, ReceivingKind kind, String endpointUrl,
            String username, String secret, String manner) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        if (department.role() != DepartmentRole.COMPETENT_DEPARTMENT) {
            throw new IllegalArgumentException("只有行业主管部门接收审批结果：" + departmentCode + " / Only competent departments "
                    + "receive approval results: " + departmentCode);
        }
        if (kind == null) {
            throw new IllegalArgumentException("请选择接收方式 / Choose how the department receives results");
        }
        boolean newSecret = secret != null && !secret.isBlank();
        if (newSecret && kind == ReceivingKind.INDUSTRY_SYSTEM) {
            Secrets.checkSecret(secret);
        }
        ReceivingChannel channel = em.find(ReceivingChannel.class, department.id());
        boolean known = channel != null;
        if (!known) {
            channel = new ReceivingChannel(department.id());
        }
        String sealed = newSecret && kind == ReceivingKind.INDUSTRY_SYSTEM ? vault.cipher().encrypt(secret) : null;
        channel.configure(kind, endpointUrl, username, sealed, manner, caller.username(), Instant.now());
        if (!known) {
            em.persist(channel);
        }
        audit.record(caller.actor(), "department.receiving-channel", OrganisationAdministration.DEPARTMENT,
                department.code(), kind + (channel.endpointUrl() == null ? "" : " " + channel.endpointUrl() + " as "
                        + channel.username() + (newSecret ? ", new secret" : ""))
                        + (channel.manner() == null ? "" : " (" + channel.manner() + ")"),
                AuditFacts.of("kind", kind).with("endpoint", channel.endpointUrl()).with("manner", channel.manner())
                        .with("newSecret", newSecret ? "yes" : null));
        return ReceivingChannelView.of(department.code(), channel);
    }

    /** The department's channel, for the exchange context. */
    public ReceivingKind kindOf(long departmentId) {
        // A query rather than find: the cache then also remembers that a department has no row (the inbox).
        return ReferenceLookups.first(em.createQuery("select c.kind from ReceivingChannel c where c.departmentId = "
                + ":department", ReceivingKind.class).setParameter("department", departmentId))
                .orElse(ReceivingKind.PLATFORM_INBOX);
    }

    /** Where and as whom to deliver to the department's industry system, if it has one. */
    public Optional<DeliveryTarget> deliveryTarget(long departmentId) {
        ReceivingChannel channel = em.find(ReceivingChannel.class, departmentId);
        if (channel == null || channel.kind() != ReceivingKind.INDUSTRY_SYSTEM) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryTarget(channel.endpointUrl(), channel.username(),
                vault.cipher().decrypt(channel.secretSealed())));
    }

    private ReceivingChannel stored(long departmentId) {
        ReceivingChannel channel = em.find(ReceivingChannel.class, departmentId);
        return channel == null ? new ReceivingChannel(departmentId) : channel;
    }

    private Department department(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有编码为 " + code + " 的部门 / No department with code " + code));
    }

    /** An industry system's endpoint and the credentials the platform presents to it. */
    public record DeliveryTarget(String endpointUrl, String username, String secret) {

        @Override
        public String toString() {
            return "DeliveryTarget[" + endpointUrl + " as " + username + "]";
        }
    }

    public record ReceivingChannelView(String departmentCode, ReceivingKind kind, String endpointUrl, String username,
            boolean secretSet, String manner, Instant changedAt, String changedBy) {

        static ReceivingChannelView of(String departmentCode, ReceivingChannel c) {
            return new ReceivingChannelView(departmentCode, c.kind(), c.endpointUrl(), c.username(),
                    c.secretSealed() != null, c.manner(), c.changedAt(), c.changedBy());
        }
    }
}
