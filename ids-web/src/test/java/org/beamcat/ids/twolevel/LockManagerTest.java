package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockManagerTest {

    @TempDir
    Path root;

    final DsInfo a = DsInfo.ofIds(1, 10);
    final DsInfo b = DsInfo.ofIds(1, 11);

    @Test
    void sharedLocksCoexistAndBlockExclusiveOnes() throws Exception {
        LockManager locks = new LockManager(new FileMainStorage(root, null));
        try (var first = locks.lock(a, LockType.SHARED); var second = locks.lock(a, LockType.SHARED)) {
            assertEquals(List.of(new LockManager.LockInfo(10, LockType.SHARED, 2)), locks.snapshot());
            assertThrows(AlreadyLockedException.class, () -> locks.lock(a, LockType.EXCLUSIVE));
        }
        locks.lock(a, LockType.EXCLUSIVE).close();
        assertEquals(List.of(), locks.snapshot());
    }

    @Test
    void anExclusiveLockBlocksEverythingAndLockAllIsAllOrNothing() throws Exception {
        LockManager locks = new LockManager(new FileMainStorage(root, null));
        try (var exclusive = locks.lock(b, LockType.EXCLUSIVE)) {
            assertThrows(AlreadyLockedException.class, () -> locks.lock(b, LockType.SHARED));
            assertThrows(AlreadyLockedException.class, () -> locks.lockAll(List.of(a, b), LockType.SHARED));
            assertEquals(1, locks.snapshot().size(), "the lock on a taken before the conflict was given back");
        }
    }

    @Test
    void closingTwiceReleasesOnce() throws Exception {
        LockManager locks = new LockManager(new FileMainStorage(root, null));
        var one = locks.lock(a, LockType.SHARED);
        var two = locks.lock(a, LockType.SHARED);
        one.close();
        one.close();
        assertEquals(1, locks.snapshot().get(0).count());
        two.close();
    }
}
