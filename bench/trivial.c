/* Benchmark: start-up cost (does nothing). */
#include "bench.h"

int main(void) { return 0; }
