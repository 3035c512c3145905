<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Monthly NPP, gC m-2 month-1: continuous green ramp 0-150 (ColorBrewer Greens) -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1" nodataColor="" classificationMin="0" classificationMax="150">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="150" labelPrecision="0">
          <item value="0" color="#f7fcf5" alpha="255" label="0"/>
          <item value="30" color="#c7e9c0" alpha="255" label="30"/>
          <item value="70" color="#74c476" alpha="255" label="70"/>
          <item value="110" color="#238b45" alpha="255" label="110"/>
          <item value="150" color="#00441b" alpha="255" label="150"/>
          <rampLegendSettings useContinuousLegend="1" orientation="2" direction="0" prefix="" suffix=" gC·m⁻²·month⁻¹" minimumLabel="" maximumLabel=""/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" invertColors="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
