# Merges the training runs' class lists (-XX:DumpLoadedClassList) into the one the archive is
# dumped from:  awk -f classlist-merge.awk LIST...
# A class named by several runs is listed once. A lambda line is kept as often as one run has it:
# a line stands for one call site, and two call sites of the same method reference (four
# `Mark::getIndex` in YamlReader) give two identical lines, each archived as its own class. Kept
# once, the other call sites spin their class at every start. Order: first needed, first listed.
FNR == 1 { delete here }
{
  here[$0]++
  if (here[$0] > kept[$0]) {
    kept[$0] = here[$0]
    print
  }
}
