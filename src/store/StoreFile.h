// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A SQLite store's file as the operating system keeps it. Internal to src/store.
namespace portdesk {

// The store holds customers' account numbers and PINs: only its owner may
// read it (issue 15). A new store file is created 0600 before SQLite opens
// it (SQLite gives its log and shared-memory files the file's mode); a store
// of ours that others can read is made owner-only. A file of another user
// (opened read-only, or shared on purpose) is left as it is.
void keepToOwner(const QString &path);

} // namespace portdesk
