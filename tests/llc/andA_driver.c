#include <stdio.h>
int zext16_to_int(int x);
int main(void) { printf("%d %d %d\n", zext16_to_int(1000), zext16_to_int(655), zext16_to_int(3)); return 0; }
