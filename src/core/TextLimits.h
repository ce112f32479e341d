// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Violation.h"

#include <QString>

namespace portdesk {

// The limits every text a person or a file gives PortDesk must keep (issue
// 15): checked first and cheaply, before any parsing, so that a megabyte in a
// name field is refused in microseconds and never reaches the store, an LOA
// or a carrier.
namespace textlimits {

// The longest string read as a phone number: E.164 has at most 15 digits;
// 30 leaves room for any common notation ("+1 (206) 444-0100 ext. 12345").
constexpr int maxNumberInput = 30;
// The most numbers one request may hold: the largest bulk order a peer takes.
constexpr int maxNumbersPerRequest = 20000;

// Field lengths, in characters. Names and addresses are as long as any
// carrier's form takes them; account numbers and PINs as long as any carrier
// issues them; an email address as RFC 5321 allows.
constexpr int maxName = 100;          // carrier, authorizing person and title, city
constexpr int maxCustomerName = 200;  // as on the carrier contract
constexpr int maxStreet = 200;
constexpr int maxEmail = 254;
constexpr int maxAccountNumber = 40;
constexpr int maxPin = 20;
constexpr int maxRespOrg = 20;
constexpr int maxConnectorName = 100; // as DirectoryService names them
constexpr int maxTimeZone = 64;
constexpr int maxSigner = 100;       // an LOA signer's name and title
constexpr int maxReason = 2000;       // a refusal's, a rejection's or a change request's reason
constexpr int maxComment = 10000;

// The first control character (NUL, escape, ...) in text: its position, or
// -1. Tabs and line breaks count as control characters unless multiLine.
qsizetype controlCharacterAt(QStringView text, bool multiLine = false);

// Appends "<rule>.too-long" or "<rule>.control-character" on field when text
// breaks a limit: the message names the label and the limit. Returns false
// when it did (the caller skips its other rules for the field).
bool checkText(Violations &out, QStringView text, const QString &field, const QString &rule,
    const QString &label, int maxLength, bool multiLine = false);

} // namespace textlimits
} // namespace portdesk
