package org.redflag.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fe80::1", "fd00::1", "224.0.0.1"})
    void refusesNonPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isTrue();
        assertThat(new AddressGuard().refusal(ip)).hasValueSatisfying(
                m -> assertThat(m).contains("allow_private_addresses"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "2606:4700::1111", "100.128.0.1"})
    void letsPublicAddressesThrough(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isFalse();
    }
}
