package cn.gov.yingkou.sgpt.organisation.entity;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceiverContract;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * How one department receives documents of one kind ({@code ANY}: of every kind without a channel of its own). For an
 * industry system: the endpoint implementing a published receiver contract and the WS-Security username and secret
 * the platform presents to it (the secret sealed with the server's credential key, never stored or shown in clear).
 */
@Entity
@Cacheable
@Table(name = "org_receiving_channel_by_kind")
@IdClass(ReceivingChannel.Key.class)
public class ReceivingChannel {

    /** The document kind of a channel for every kind. */
    public static final String ANY = "ANY";

    @Id
    @Column(name = "department_id")
    private Long departmentId;

    @Id
    @Column(name = "document_kind")
    private String documentKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReceiverContract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReceivingKind kind;

    @Column(name = "endpoint_url")
    private String endpointUrl;

    private String username;

    @Column(name = "secret_sealed")
    private String secretSealed;

    /** For off-platform hand-over: the usual manner (现场查阅、复印、传真…). */
    private String manner;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected ReceivingChannel() {
    }

    public ReceivingChannel(long departmentId, String documentKind) {
        this.departmentId = departmentId;
        this.documentKind = Objects.requireNonNull(documentKind);
        this.kind = ReceivingKind.PLATFORM_INBOX;
        // Results have been received through v1 since it was published; every other kind needs v2.
        this.contract = DocumentKind.RESULT.name().equals(documentKind) ? ReceiverContract.RESULT_V1
                : ReceiverContract.HANDOVER_V2;
    }

    /**
     * Sets the channel. For an industry system the endpoint must be an http(s) URL and the username given; a
     * null sealed secret keeps the one stored (an administrator changing the address need not know it).
     */
    public void configure(ReceivingKind kind, ReceiverContract contract, String endpointUrl, String username,
            String secretSealed, String manner, String by, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        ReceiverContract through = contract == null ? ReceiverContract.HANDOVER_V2 : contract;
        boolean every = ANY.equals(documentKind);
        if (every ? through != ReceiverContract.HANDOVER_V2 : !through.carries(DocumentKind.valueOf(documentKind))) {
            throw new IllegalArgumentException("接口规范 v1 只能接收审批结果 / The v1 contract carries approval results only");
        }
        this.contract = through;
        if (kind == ReceivingKind.INDUSTRY_SYSTEM) {
            this.endpointUrl = endpoint(endpointUrl);
            this.username = Texts.required(username, 64, "WS-Security 用户名 / WS-Security username");
            if (secretSealed != null) {
                this.secretSealed = secretSealed;
            }
            if (this.secretSealed == null) {
                throw new IllegalArgumentException("行业系统须设置 WS-Security 密钥 / The industry system needs a WS-Security secret");
            }
        } else {
            this.endpointUrl = null;
            this.username = null;
            this.secretSealed = null;
        }
        this.manner = kind == ReceivingKind.OFF_PLATFORM
                ? Texts.required(manner, 200, "线下推送方式 / manner of off-platform hand-over") : null;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    static String endpoint(String url) {
        String text = Texts.required(url, 500, "行业系统接收地址 / industry system endpoint");
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new IllegalArgumentException("行业系统接收地址须为 http(s) 网址：" + text + " / The industry system endpoint must be "
                + "an http(s) URL: " + text);
    }

    public long departmentId() { return departmentId; }
    public String documentKind() { return documentKind; }
    public ReceiverContract contract() { return contract; }
    public ReceivingKind kind() { return kind; }
    public String endpointUrl() { return endpointUrl; }
    public String username() { return username; }
    public String secretSealed() { return secretSealed; }
    public String manner() { return manner; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }

    /** The key: the department and the kind of document. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long departmentId;
        private String documentKind;

        public Key() {
        }

        public Key(long departmentId, String documentKind) {
            this.departmentId = departmentId;
            this.documentKind = documentKind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(departmentId, key.departmentId)
                    && Objects.equals(documentKind, key.documentKind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentId, documentKind);
        }
    }
}
