package uk.police.ecu.casework.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CaseworkUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    CaseworkUserDetailsService(UserRepository users) {
        this.users = users;
    }

    /** Accounts made by single sign-on have no password and sign in only through the provider. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).filter(user -> user.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
