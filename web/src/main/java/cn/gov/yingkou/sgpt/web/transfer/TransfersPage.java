package cn.gov.yingkou.sgpt.web.transfer;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.transfer.boundary.TransferBox;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The department's case transfers: those it received, to decide on within 5 working days (the box it opens on: those
 * waiting first), and those it sent, with what became of each. Opened with ?box=SENT for the outbox.
 */
@Named
@ViewScoped
public class TransfersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transfers transfers;

    @Inject
    CurrentUser user;

    private TransferBox box = TransferBox.RECEIVED;
    private TransferStatus status = TransferStatus.SENT;
    private PageOf<TransferView> rows;

    @PostConstruct
    void init() {
        search();
    }

    /** Called from the address (?box=SENT), after the view parameters are set: the outbox shows every status. */
    public void open() {
        if (box == TransferBox.SENT) {
            status = null;
        }
        search();
    }

    public void search() {
        TransferBox shown = box;
        Set<TransferStatus> statuses = status == null ? EnumSet.noneOf(TransferStatus.class) : EnumSet.of(status);
        rows = new PageOf<>((first, size) -> transfers.list(user.caller(), null, shown, statuses, first, size),
                t -> Long.toString(t.id()));
    }

    /** The department on the other side of the transfer: the sender in the inbox, the receiver in the outbox. */
    public String otherSide(TransferView t) {
        return box == TransferBox.SENT ? t.toDepartmentCode() : t.fromDepartmentCode();
    }

    public TransferBox[] getBoxes() { return TransferBox.values(); }
    public TransferStatus[] getStatuses() { return TransferStatus.values(); }
    public PageOf<TransferView> getRows() { return rows; }
    public TransferBox getBox() { return box; }
    public void setBox(TransferBox box) { this.box = box == null ? TransferBox.RECEIVED : box; }
    public TransferStatus getStatus() { return status; }
    public void setStatus(TransferStatus status) { this.status = status; }
}
