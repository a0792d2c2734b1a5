package cn.gov.yingkou.sgpt.ws.common.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API version 1, under /api/v1 (the ws WAR's context root is /api). */
@ApplicationPath("v1")
public class RestApplication extends Application {
}
