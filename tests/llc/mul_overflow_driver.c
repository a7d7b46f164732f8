#include <stdio.h>
int checked_mul_i16(int a, int b);
int checked_mul_u8(int a, int b);
int main(void) {
    printf("%d %d %d %d\n", checked_mul_i16(100, 100), checked_mul_i16(300, 300),
           checked_mul_i16(-200, 200), checked_mul_i16(-128, 256));
    printf("%d %d %d\n", checked_mul_u8(15, 17), checked_mul_u8(16, 16), checked_mul_u8(200, 2));
    return 0;
}
