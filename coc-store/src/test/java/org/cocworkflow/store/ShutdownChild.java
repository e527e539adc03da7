package org.cocworkflow.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.store.testing.StoreFixtures;

/**
 * The child process of {@link EmbeddedShutdownTest}: an application that opens two stores on one embedded
 * database, stores the {@link PurgeFixture} cases, prints their stored bytes, purges, and then waits to be stopped
 * without closing either store.
 *
 * <p>Argument: the store's directory. Output lines: {@code PURGED-BYTES <hex>} for each byte string of the case to
 * purge, {@code KEPT-BYTES <hex>} for each event record of a kept case, then {@code PURGED} once the purge is done.
 */
public final class ShutdownChild {
    private ShutdownChild() {
    }

    /**
     * Runs the application.
     *
     * @param args the store's directory
     * @throws Exception if anything fails, which the parent sees as output ending before {@code PURGED}
     */
    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        CaseStore first = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                StoreFixtures.options());
        CaseStore second = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                StoreFixtures.options());
        PurgeFixture.store(first, second);
        HexFormat hex = HexFormat.of();
        try (Connection c = DriverManager.getConnection(Stores.embeddedUrl(directory), "coc", "")) {
            for (byte[] bytes : PurgeFixture.storedBytes(c, PurgeFixture.PURGED)) {
                System.out.println("PURGED-BYTES " + hex.formatHex(bytes));
            }
            for (CaseId kept : PurgeFixture.KEPT) {
                for (byte[] bytes : PurgeFixture.eventPayloads(c, kept)) {
                    System.out.println("KEPT-BYTES " + hex.formatHex(bytes));
                }
            }
        }
        PurgeFixture.purge(first);
        System.out.println("PURGED");
        System.out.flush();
        while (true) {
            Thread.sleep(60_000); // an application at work, until it is stopped
        }
    }
}
