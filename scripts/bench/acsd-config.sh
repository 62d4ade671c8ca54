# Sourced by the benchmark scripts. write_bench_config FILE CHECKOUT CREDITOR writes an
# acsd configuration with the checkout's shipped policies and templates, no automatic
# cycles, and the agency the shipped policies place with.
write_bench_config() {
    cat > "$1" <<YAML
policies_dir: $2/systemd/policies
templates_dir: $2/systemd/templates
cycle_interval_seconds: 0
creditor_name: $3
agencies:
  northwind-recoveries: { commission_bp: 2500 }
YAML
}
