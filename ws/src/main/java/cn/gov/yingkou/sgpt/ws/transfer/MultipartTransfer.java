package cn.gov.yingkou.sgpt.ws.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityPart;

import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;

/**
 * A multipart/form-data transfer as the JAX-RS runtime parsed it (its multipart reader keeps large parts in temporary
 * files, never whole in memory): one {@code transfer} part in JSON; every other part an {@code evidence} file with its
 * name.
 */
final class MultipartTransfer {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final NewTransfer transfer;
    private final List<EntityPart> files;

    private MultipartTransfer(NewTransfer transfer, List<EntityPart> files) {
        this.transfer = transfer;
        this.files = files;
    }

    static MultipartTransfer of(List<EntityPart> parts) throws IOException {
        EntityPart transferPart = null;
        List<EntityPart> files = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (TransferResource.TRANSFER_PART.equals(part.getName())) {
                if (transferPart != null) {
                    throw new IllegalArgumentException("只能有一个 transfer 部分 / Send one 'transfer' part only");
                }
                transferPart = part;
            } else if (TransferResource.EVIDENCE_PART.equals(part.getName()) && part.getFileName().isPresent()) {
                files.add(part);
            } else {
                throw new IllegalArgumentException("未知的部分 " + part.getName() + "：证据文件的部分名为 evidence 且带文件名 / "
                        + "Unknown part '" + part.getName() + "': evidence files are parts named 'evidence' with a "
                        + "file name");
            }
        }
        if (transferPart == null) {
            throw new IllegalArgumentException("缺少 transfer 部分（JSON）/ The 'transfer' part (JSON) is missing");
        }
        TransferBody body;
        try (InputStream json = transferPart.getContent()) {
            body = JSON.fromJson(json, TransferBody.class);
        }
        if (body == null) {
            throw new IllegalArgumentException("transfer 部分为空 / The 'transfer' part is empty");
        }
        return new MultipartTransfer(body.toNewTransfer(), files);
    }

    NewTransfer transfer() {
        return transfer;
    }

    List<EntityPart> files() {
        return files;
    }
}
