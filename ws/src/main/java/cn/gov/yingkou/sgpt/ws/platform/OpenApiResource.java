package cn.gov.yingkou.sgpt.ws.platform;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Serves the REST contract, kept by hand in openapi/sgpt-api-v1.yaml like the SOAP contracts (contract
 * first); OpenApiDocumentTest keeps it and the resources in step.
 */
@Path("openapi.yaml")
@RequestScoped
@RetryOnConflict
public class OpenApiResource {

    public static final String DOCUMENT = "/openapi/sgpt-api-v1.yaml";

    @GET
    @Produces("application/yaml; charset=UTF-8")
    public InputStream document() {
        InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        if (in == null) {
            throw new NotFoundException();
        }
        return in;
    }
}
