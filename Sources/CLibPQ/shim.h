// libpq, the PostgreSQL project's C client (Debian: libpq-dev). See docs/decisions/0012.
#include <libpq-fe.h>
