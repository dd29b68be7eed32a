// COIN-OR Clp's C interface (linear programmes).
#include <coin/Clp_C_Interface.h>
