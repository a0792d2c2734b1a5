package cn.gov.yingkou.sgpt.ws.catalogue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueChanges.ChangeSet;
import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueChanges;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Incremental reads for provincial systems: everything in the catalogue changed after {@code since}. Pass the
 * answer's {@code next} as the following {@code since}; entries may repeat (see CatalogueChanges), so store them
 * by their keys.
 */
@Path("catalogue/changes")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueChangesResource {

    @EJB
    CatalogueChanges changes;

    @Context
    HttpServletRequest request;

    /** {@code since}: ISO-8601 instant with offset; {@code unit}: one unit's code, or every unit when left out. */
    @GET
    public ChangeSet since(@QueryParam("since") String since, @QueryParam("unit") String unit) {
        return changes.since(RestCaller.of(request), unit, Params.instant("since", since));
    }
}
