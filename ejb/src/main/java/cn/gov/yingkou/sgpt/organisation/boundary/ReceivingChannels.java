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
 * How each department receives the documents handed to it, per kind or for every kind: administrators of its unit set
 * it; the exchange context reads it when it hands over and when it delivers. A department nobody configured uses the
 * platform inbox.
 */
@Stateless
public class ReceivingChannels {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @EJB
    AuditTrail audit;

    /** What an administrator sees of a department's channel for results (never the secret). */
    public ReceivingChannelView view(Caller caller, String departmentCode) {
        return view(caller, departmentCode, DocumentKind.RESULT);
    }

    /** The department's channel for documents of the kind ({@code null}: its channel for every kind). */
    public ReceivingChannelView view(Caller caller, String departmentCode, DocumentKind documentKind) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        return ReceivingChannelView.of(department.code(), stored(department.id(), name(documentKind)));
    }

    /**
     * Sets how a competent department receives approval results, its industry system speaking the result-receiver
     * contract v1. A blank secret keeps the stored one; a new one must meet the shared-secret rule.
     */
    public ReceivingChannelView configure(Caller caller, String departmentCode, ReceivingKind kind, String endpointUrl,
            String username, String secret, String manner) {
        return configure(caller, departmentCode, DocumentKind.RESULT, kind, ReceiverContract.RESULT_V1, endpointUrl,
                username, secret, manner);
    }

    /**
     * Sets how the department receives documents of the kind ({@code null}: every kind it has no channel of its own
     * for), through which contract its industry system receives them. Only departments that receive such documents
     * may have a channel for them; version 1 of the contract carries results only.
     */
    public ReceivingChannelView configure(Caller caller, String departmentCode, DocumentKind documentKind,
            ReceivingKind kind, ReceiverContract contract, String endpointUrl, String username, String secret,
            String manner) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        if (documentKind == DocumentKind.RESULT && !documentKind.receivedBy(department.role())) {
            throw new IllegalArgumentException("只有行业主管部门接收审批结果：" + departmentCode + " / Only competent departments "
                    + "receive approval results: " + departmentCode);
        }
        if (documentKind != null && !documentKind.receivedBy(department.role())) {
            throw new IllegalArgumentException("该部门不接收此类文书：" + departmentCode + " " + documentKind
                    + " / The department does not receive documents of this kind: " + departmentCode + " " + documentKind);
        }
        if (kind == null) {
            throw new IllegalArgumentException("请选择接收方式 / Choose how the department receives results");
        }
        boolean newSecret = secret != null && !secret.isBlank();
        if (newSecret && kind == ReceivingKind.INDUSTRY_SYSTEM) {
            Secrets.checkSecret(secret);
        }
        String of = name(documentKind);
        ReceivingChannel channel = em.find(ReceivingChannel.class, new ReceivingChannel.Key(department.id(), of));
        boolean known = channel != null;
        if (!known) {
            channel = new ReceivingChannel(department.id(), of);
        }
        String sealed = newSecret && kind == ReceivingKind.INDUSTRY_SYSTEM ? vault.cipher().encrypt(secret) : null;
        channel.configure(kind, contract, endpointUrl, username, sealed, manner, caller.username(), Instant.now());
        if (!known) {
            em.persist(channel);
        }
        audit.record(caller.actor(), "department.receiving-channel", OrganisationAdministration.DEPARTMENT,
                department.code(), of + ": " + kind + (channel.endpointUrl() == null ? "" : " " + channel.endpointUrl()
                        + " as " + channel.username() + " (" + channel.contract() + ")" + (newSecret ? ", new secret" : ""))
                        + (channel.manner() == null ? "" : " (" + channel.manner() + ")"),
                AuditFacts.of("kind", kind).with("documents", documentKind).with("endpoint", channel.endpointUrl())
                        .with("contract", channel.endpointUrl() == null ? null : channel.contract())
                        .with("manner", channel.manner()).with("newSecret", newSecret ? "yes" : null));
        return ReceivingChannelView.of(department.code(), channel);
    }

    /** How the department receives approval results. */
    public ReceivingKind kindOf(long departmentId) {
        return kindOf(departmentId, DocumentKind.RESULT);
    }

    /**
     * How the department receives documents of the kind: its channel for the kind, else its channel for every kind
     * (which speaks v2, so carries any), else the platform inbox.
     */
    public ReceivingKind kindOf(long departmentId, DocumentKind documentKind) {
        // A query rather than find: the cache then also remembers that a department has no row (the inbox).
        return ReferenceLookups.first(em.createQuery("select c.kind from ReceivingChannel c where c.departmentId = "
                + ":department and c.documentKind in (:kind, :any) order by case when c.documentKind = :any then 1 "
                + "else 0 end", ReceivingKind.class).setParameter("department", departmentId)
                .setParameter("kind", documentKind.name()).setParameter("any", ReceivingChannel.ANY))
                .orElse(ReceivingKind.PLATFORM_INBOX);
    }

    /** Where, as whom and through which contract to deliver documents of the kind to the department's industry system. */
    public Optional<DeliveryTarget> deliveryTarget(long departmentId, DocumentKind documentKind) {
        ReceivingChannel channel = em.find(ReceivingChannel.class, new ReceivingChannel.Key(departmentId,
                documentKind.name()));
        if (channel == null) {
            channel = em.find(ReceivingChannel.class, new ReceivingChannel.Key(departmentId, ReceivingChannel.ANY));
        }
        if (channel == null || channel.kind() != ReceivingKind.INDUSTRY_SYSTEM) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryTarget(channel.endpointUrl(), channel.username(),
                vault.cipher().decrypt(channel.secretSealed()), channel.contract()));
    }

    private static String name(DocumentKind documentKind) {
        return documentKind == null ? ReceivingChannel.ANY : documentKind.name();
    }

    private ReceivingChannel stored(long departmentId, String documentKind) {
        ReceivingChannel channel = em.find(ReceivingChannel.class, new ReceivingChannel.Key(departmentId, documentKind));
        return channel == null ? new ReceivingChannel(departmentId, documentKind) : channel;
    }

    private Department department(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有编码为 " + code + " 的部门 / No department with code " + code));
    }

    /** An industry system's endpoint and the credentials the platform presents to it. */
    public record DeliveryTarget(String endpointUrl, String username, String secret, ReceiverContract contract) {

        @Override
        public String toString() {
            return "DeliveryTarget[" + endpointUrl + " as " + username + ", " + contract + "]";
        }
    }

    public record ReceivingChannelView(String departmentCode, ReceivingKind kind, String endpointUrl, String username,
            boolean secretSet, String manner, Instant changedAt, String changedBy, ReceiverContract contract) {

        static ReceivingChannelView of(String departmentCode, ReceivingChannel c) {
            return new ReceivingChannelView(departmentCode, c.kind(), c.endpointUrl(), c.username(),
                    c.secretSealed() != null, c.manner(), c.changedAt(), c.changedBy(), c.contract());
        }
    }
}
