#!/usr/bin/env python3
"""Prints an unsigned GP Connect 1.x JWT (alg none, iat now, exp iat+300) for trying the server by hand or in
bench/http/run.sh. The requesting device, organisation and practitioner are the spec's minimal examples.

    python3 tools/gpconnect-jwt.py                     # patient/*.read, directcare
    python3 tools/gpconnect-jwt.py 'organization/*.read'
"""
import base64
import json
import sys
import time


def encode(part: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).rstrip(b"=").decode()


def main() -> None:
    scope = sys.argv[1] if len(sys.argv) > 1 else "patient/*.read"
    reason = sys.argv[2] if len(sys.argv) > 2 else "directcare"
    now = int(time.time())
    claims = {
        "iss": "https://consumer.example.nhs.uk/",
        "sub": "10019",
        "aud": "https://provider.example.nhs.uk/B82617/STU3/1",
        "exp": now + 300,
        "iat": now,
        "reason_for_request": reason,
        "requested_scope": scope,
        "requesting_device": {
            "resourceType": "Device",
            "identifier": [{"system": "https://consumer.example.nhs.uk/Id/device-identifier", "value": "CONS-APP-1"}],
            "model": "Example consumer",
            "version": "1.0",
        },
        "requesting_organization": {
            "resourceType": "Organization",
            "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "A1001"}],
            "name": "Example Hospital",
        },
        "requesting_practitioner": {
            "resourceType": "Practitioner",
            "id": "10019",
            "identifier": [
                {"system": "https://fhir.nhs.uk/Id/sds-user-id", "value": "111222333444"},
                {"system": "https://fhir.nhs.uk/Id/sds-role-profile-id", "value": "444555666777"},
            ],
            "name": [{"family": "Jones", "given": ["Claire"], "prefix": ["Dr"]}],
        },
    }
    print(encode({"alg": "none", "typ": "JWT"}) + "." + encode(claims) + ".")


if __name__ == "__main__":
    main()
