package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditorAccountsTest {
    @Test
    void passwordsAreCheckedAgainstArgon2Hashes() {
        String hash = EditorAccounts.hash("a long passphrase");
        assertThat(hash).startsWith("$argon2id$").doesNotContain("a long passphrase");
        assertThat(EditorAccounts.hash("a long passphrase")).as("salted").isNotEqualTo(hash);

        EditorAccounts editors = EditorAccounts.parse("# editors\nalice:" + hash + "\n");

        assertThat(editors.any()).isTrue();
        assertThat(editors.check("alice", "a long passphrase")).contains("alice");
        assertThat(editors.check("alice", "a long passphras")).isEmpty();
        assertThat(editors.check("bob", "a long passphrase")).isEmpty();
        assertThat(editors.check(null, null)).isEmpty();
        assertThat(EditorAccounts.none().check("alice", "a long passphrase")).isEmpty();
    }

    @Test
    void entriesThatAreNotANameAndAnArgon2HashAreRefusedWithoutShowingTheSecret() {
        assertThatThrownBy(() -> EditorAccounts.parse("alice:plaintext-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice")
                .hasMessageNotContaining("plaintext-password");
        assertThatThrownBy(() -> EditorAccounts.parse(":$argon2id$x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EditorAccounts.parse("a:" + EditorAccounts.hash("x") + " b:" + EditorAccounts.hash("y"))
                .check("b", "y")).contains("b");
    }
}
