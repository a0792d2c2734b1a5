package cn.gov.yingkou.sgpt.organisation.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * How one competent department receives results. For an industry system: the endpoint implementing the
 * published result-receiver contract and the WS-Security username and secret the platform presents to it (the
 * secret sealed with the server's credential key, never stored or shown in clear).
 */
@Entity
@Cacheable
@Table(name = "org_receiving_channel")
public class ReceivingChannel {

    @Id
    @Column(name = "department_id")
    private Long departmentId;

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

    public ReceivingChannel(long departmentId) {
        this.departmentId = departmentId;
        this.kind = ReceivingKind.PLATFORM_INBOX;
    }

    /**
     * Sets the channel. For an industry system the endpoint must be an http(s) URL and the username given; a
     * null sealed secret keeps the one stored (an administrator changing the address need not know it).
     */
    public void configure(ReceivingKind kind, String endpointUrl, String username, String secretSealed, String manner,
            String by, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
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
    public ReceivingKind kind() { return kind; }
    public String endpointUrl() { return endpointUrl; }
    public String username() { return username; }
    public String secretSealed() { return secretSealed; }
    public String manner() { return manner; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
}
