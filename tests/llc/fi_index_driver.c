#include <stdio.h>
void store_fi_index(int i, int v);
void show(const unsigned char *b) {
    for (int i = 0; i < 16; i++) printf("%d%s", b[i], i == 15 ? "\n" : " ");
}
int main(void) { store_fi_index(5, 7); store_fi_index(12, 9); return 0; }
