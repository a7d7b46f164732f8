#include <stdio.h>
int digits(int n);
int umax_sel(int a, int b);
int main(void) {
    printf("%d %d %d %d\n", digits(7), digits(12345), digits(1000000000), digits(99));
    printf("%d %d\n", umax_sel(3, 9), umax_sel(-1, 5));
    return 0;
}
