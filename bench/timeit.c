/*
 * timeit: run one command RUNS times and report its median wall time and its
 * smallest peak resident set size, for the benchmarks under bench/.
 *
 * A shell loop around /usr/bin/time adds two fork+exec pairs (date, time) to
 * every measured run; for a linker that finishes in a few milliseconds that
 * constant is as large as the work being measured and pulls every ratio
 * towards 1.  Here the clock is read in this process immediately around
 * fork .. wait4, and the peak RSS comes from the child's own rusage
 * (ru_maxrss, KiB), so only the command itself is measured.  The command's
 * stdout goes to /dev/null and its stderr to ERRFILE; a failing run stops the
 * benchmark with the command's status.
 *
 *   timeit RUNS ERRFILE command [args...]
 *   prints: "<median ms, 2 decimals> <min peak RSS KiB>"
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: timeit RUNS ERRFILE command [args...]\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    if (runs < 1 || runs > 10000) {
        fprintf(stderr, "timeit: bad run count '%s'\n", argv[1]);
        return 2;
    }
    double *ms = calloc((size_t)runs, sizeof *ms);
    long best_rss = -1;
    for (int i = 0; i < runs; i++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid < 0) {
            perror("timeit: fork");
            return 2;
        }
        if (pid == 0) {
            int out = open("/dev/null", O_WRONLY);
            int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (out < 0 || err < 0)
                _exit(126);
            dup2(out, 1);
            dup2(err, 2);
            execvp(argv[3], argv + 3);
            _exit(127);
        }
        int st;
        struct rusage ru;
        while (wait4(pid, &st, 0, &ru) < 0)
            if (errno != EINTR) {
                perror("timeit: wait4");
                return 2;
            }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            fprintf(stderr, "timeit: %s failed (status 0x%x), see %s\n", argv[3], st, argv[2]);
            return 1;
        }
        ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        if (best_rss < 0 || ru.ru_maxrss < best_rss)
            best_rss = ru.ru_maxrss;
    }
    qsort(ms, (size_t)runs, sizeof *ms, cmp_double);
    printf("%.2f %ld\n", ms[(runs - 1) / 2], best_rss);
    free(ms);
    return 0;
}
