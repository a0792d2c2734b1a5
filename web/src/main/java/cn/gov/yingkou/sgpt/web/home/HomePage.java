package cn.gov.yingkou.sgpt.web.home;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.platform.boundary.PlatformInfo;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;

/** The home page's platform panel. */
@Named
@RequestScoped
public class HomePage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of(PlatformService.TIME_ZONE));

    @Inject
    PlatformService platform;

    private PlatformInfo info;

    @PostConstruct
    void load() {
        info = platform.info();
    }

    public PlatformInfo getInfo() {
        return info;
    }

    public String getServerTime() {
        return SHOWN.format(info.serverTime());
    }
}
