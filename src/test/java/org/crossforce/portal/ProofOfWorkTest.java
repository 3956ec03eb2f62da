package org.crossforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The proof of work as the server checks it and as a Java client solves it. */
class ProofOfWorkTest {

    @Test
    void whatSolveFindsIsWhatTheServerAccepts() {
        for (int i = 0; i < 20; i++) {
            String challenge = ProofOfWork.newChallenge();
            String nonce = ProofOfWork.solve(challenge, 12);

            assertThat(ProofOfWork.solves(challenge, nonce, 12)).isTrue();
            assertThat(ProofOfWork.solves(ProofOfWork.newChallenge(), nonce, 30)).isFalse();
        }
    }

    @Test
    void noChallengeOrAnOverlongNonceProvesNothing() {
        assertThat(ProofOfWork.solves(null, "1", 0)).isFalse();
        assertThat(ProofOfWork.solves("abc", null, 0)).isFalse();
        assertThat(ProofOfWork.solves("abc", "1".repeat(21), 0)).isFalse();
    }

    @Test
    void zeroBitsAreCountedFromTheFirstByte() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0x10, 0})).isEqualTo(11);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }
}
