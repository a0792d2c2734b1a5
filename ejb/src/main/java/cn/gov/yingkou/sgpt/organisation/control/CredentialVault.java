package cn.gov.yingkou.sgpt.organisation.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** The server's credential cipher, loaded from the key file the first time a system secret is touched. */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CredentialVault {

    private volatile CredentialCipher cipher;

    public CredentialCipher cipher() {
        CredentialCipher loaded = cipher;
        if (loaded == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = CredentialKeyFile.load();
                }
                loaded = cipher;
            }
        }
        return loaded;
    }
}
