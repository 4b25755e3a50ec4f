//===- Status.cpp - Status objects and the runtime's version --------------===//

#include "Internal.h"

#include <cstdio>

using namespace plinth::rt;

namespace {
/// Returned when a status cannot be allocated; never deleted.
plinth_status oomStatus{PLINTH_STATUS_OUT_OF_MEMORY, "out of memory"};
} // namespace

plinth_status *plinth::rt::outOfMemory() { return &oomStatus; }

plinth_status *plinth::rt::makeStatus(plinth_status_code code,
                                      std::string message) {
  if (code == PLINTH_STATUS_OK)
    code = PLINTH_STATUS_INTERNAL;
  auto *status = new (std::nothrow) plinth_status{code, std::string()};
  if (!status)
    return outOfMemory();
  status->message = std::move(message);
  return status;
}

std::string plinth::rt::quote(const std::string &name) {
  std::string result = "'";
  for (unsigned char c : name) {
    if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
      result += static_cast<char>(c);
      continue;
    }
    char escaped[5];
    std::snprintf(escaped, sizeof(escaped), "\\x%02X", c);
    result += escaped;
  }
  result += "'";
  return result;
}

extern "C" {

PLINTH_RT_API uint32_t plinth_runtime_abi_version(void) {
  return PLINTH_RUNTIME_ABI_VERSION;
}

PLINTH_RT_API plinth_status *plinth_status_create(plinth_status_code code,
                                                  const char *message) {
  try {
    return makeStatus(code, message ? message : "");
  } catch (...) {
    return outOfMemory();
  }
}

PLINTH_RT_API plinth_status_code
plinth_status_get_code(const plinth_status *status) {
  return status ? status->code : PLINTH_STATUS_OK;
}

PLINTH_RT_API const char *
plinth_status_get_message(const plinth_status *status) {
  return status ? status->message.c_str() : "";
}

PLINTH_RT_API void plinth_status_free(plinth_status *status) {
  if (status != &oomStatus)
    delete status;
}

} // extern "C"
