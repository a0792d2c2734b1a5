package cn.gov.yingkou.sgpt.web.oversight;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.LiaisonRoster;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** Oversight's view of every department's liaison officers, with the departments that have none. */
@Named
@RequestScoped
public class LiaisonPage {

    @Inject
    LiaisonRoster roster;

    @Inject
    CurrentUser user;

    private List<LiaisonRoster.Entry> entries;

    @PostConstruct
    void load() {
        entries = roster.all(user.caller());
    }

    public List<LiaisonRoster.Entry> getEntries() {
        return entries;
    }

    public long getMissing() {
        return entries.stream().filter(LiaisonRoster.Entry::missingLiaison).count();
    }
}
