"""The Radicale fixture itself: a user, an address book, a card in and out."""
from __future__ import annotations


def test_a_card_put_on_the_server_can_be_read_back(server_user):
    server_user.put("a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:Anna\r\n"
                    "N:;Anna;;;\r\nEND:VCARD\r\n")
    assert server_user.names() == ["a.vcf"]
    assert "FN:Anna" in server_user.get("a.vcf")
