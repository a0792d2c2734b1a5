package cn.gov.yingkou.sgpt.audit.boundary;

import java.util.Objects;

/** Who is acting, through which channel and from which address: what every audited change records. */
public record Actor(String username, Channel channel, String address) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(channel, "channel");
    }

    public static Actor scheduler(String job) {
        return new Actor(job, Channel.SCHEDULER, null);
    }

    public static Actor system(String what) {
        return new Actor(what, Channel.SYSTEM, null);
    }
}
