package app.briefings.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code CreateApiKeyInput} of the schema: who the key is for and what it may do. */
record CreateApiKeyInput(@Nullable String partner, @Nullable List<Role> roles) {

}
